using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Scheduler.Api.Features.Quality;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Validation;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// What the rota grid shows beside a rota: the solver's independent validator (rules at risk, in French and English) and
/// the rota report (cover per half-hour, hours per person and week), and the service level Erlang C predicts per
/// half-hour with the planned listeners and the calls the stored demand expects, and, once the phone calls of the last
/// four weeks tell callers' patience (<see cref="RecentCallerPatience"/>), the share who would hang up (Erlang A). Runs
/// on any list of shifts, so an edit is judged before it is saved.
/// </summary>
public sealed class RotaInsight(RotaProblemFactory problems, SchedulerDbContext db, IClock clock)
{
    /// <summary>Read once per request: the quality dashboard analyses every published rota of its range with one insight.</summary>
    private Task<PatienceReading>? patience;

    public sealed record Analysis(RotaProblem Problem, IReadOnlyList<RuleViolation> Violations, RotaReport Report)
    {
        /// <summary>Per open half-hour of the period, in the order of <see cref="RotaReport.Coverage"/>.</summary>
        public IReadOnlyList<SlotServiceLevel> ServiceLevels { get; init; } = [];

        /// <summary>The callers' patience the predicted abandonment rests on; null when the calls do not tell it yet.</summary>
        public PatienceEstimate? Patience { get; init; }
    }

    /// <summary>Analyses <paramref name="assignments"/> as the shifts of <paramref name="rota"/>'s period (the stored ones when null).</summary>
    public async Task<Analysis> AnalyseAsync(RotaEntity rota, IReadOnlyList<Assignment>? assignments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rota);
        var weeks = rota.Weeks;
        var problem = await problems.BuildAsync(rota.PeriodStart, Math.Max(1, weeks), ct);
        var known = problem.Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        // A shift of someone deactivated since is shown in the grid but cannot be judged against a contract.
        var shifts = (assignments ?? [.. rota.Assignments.Select(a => a.ToDomain())]).Where(a => known.Contains(a.StaffId)).ToList();
        var report = RotaReport.Build(problem, shifts);
        var calls = await problems.ExpectedCallsAsync(rota.PeriodStart, Math.Max(1, weeks), ct);
        var callers = (await (patience ??= RecentCallerPatience.ReadAsync(db, clock.GetCurrentInstant(), ct))).Estimate;
        var channel = Line3133Defaults.PhoneChannel with { MeanPatienceSeconds = callers?.MeanPatienceSeconds };
        return new Analysis(problem, RotaValidator.Validate(problem, shifts), report)
        {
            ServiceLevels = ServiceLevelForecast.Of(report.Coverage, calls, channel),
            Patience = callers,
        };
    }
}
