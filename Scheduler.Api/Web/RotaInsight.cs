using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Validation;

namespace Scheduler.Api.Web;

/// <summary>
/// What the rota grid shows beside a rota: the solver's independent validator (rules at risk, in French and English) and
/// the rota report (cover per half-hour, hours per person and week). Runs on any list of shifts, so an edit is judged
/// before it is saved.
/// </summary>
public sealed class RotaInsight(RotaProblemFactory problems)
{
    public sealed record Analysis(RotaProblem Problem, IReadOnlyList<RuleViolation> Violations, RotaReport Report);

    /// <summary>Analyses <paramref name="assignments"/> as the shifts of <paramref name="rota"/>'s period (the stored ones when null).</summary>
    public async Task<Analysis> AnalyseAsync(RotaEntity rota, IReadOnlyList<Assignment>? assignments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rota);
        var weeks = rota.Weeks;
        var problem = await problems.BuildAsync(rota.PeriodStart, Math.Max(1, weeks), ct);
        var known = problem.Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        // A shift of someone deactivated since is shown in the grid but cannot be judged against a contract.
        var shifts = (assignments ?? [.. rota.Assignments.Select(a => a.ToDomain())]).Where(a => known.Contains(a.StaffId)).ToList();
        return new Analysis(problem, RotaValidator.Validate(problem, shifts), RotaReport.Build(problem, shifts));
    }
}
