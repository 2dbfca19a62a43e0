using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Validation;

namespace Scheduler.Tests.Solver;

/// <summary>Small rota problems for the rule tests: a week from Monday 2 March 2026, chosen days open, no contract hours.</summary>
internal static class TinyRota
{
    public static readonly LocalDate Monday = new(2026, 3, 2);

    /// <summary>Rules with no floor minimum and no contract hours, so that each test switches on only the rule it is about.</summary>
    public static RuleSettings QuietRules { get; } = RuleSettings.Default with
    {
        MinManagersOnDuty = 0,
        MinTrainedListenersOnDuty = 0,
        ContractHoursApply = false,
    };

    public static SoftWeights NoSoftGoals { get; } = new()
    {
        UnderCoverage = 0, OverCoverage = 0, Fairness = 0, Preference = 0, StartTimeStability = 0, Change = 0, ConsecutiveWeekends = 0, DeferredHours = 0, BackToBackWeekends = 0,
    };

    public static StaffMember Listener(string id, Contract? contract = null, bool trained = true) =>
        new(id, $"Écoutant {id}", StaffRole.Listener, contract ?? Contract.FullTime(), ["phone"], trained, null, [], []);

    public static StaffMember Manager(string id) =>
        new(id, $"Cadre {id}", StaffRole.Manager, Contract.FullTime(), ["phone"], true, null, [], []);

    /// <summary>Opening <paramref name="open"/>–<paramref name="close"/> on the given day offsets (0 = Monday); other days closed.</summary>
    public static IReadOnlyList<OpeningHours> Open(string open, string close, params int[] days) =>
        [.. days.Select(d => new OpeningHours(Monday.PlusDays(d), Time(open), Time(close)))];

    public static RotaProblem Problem(IReadOnlyList<StaffMember> staff, IReadOnlyList<OpeningHours> opening, RuleSettings? rules = null) =>
        new(Monday, 1, staff, opening, [], [], [], [], rules ?? QuietRules, NoSoftGoals);

    public static Assignment Shift(string staffId, int day, string start, string end) =>
        new(staffId, Monday.PlusDays(day), Time(start), Time(end));

    public static Assignment ShiftWithBreak(string staffId, LocalDate date, string start, string end, string breakStart, string breakEnd) =>
        new(staffId, date, Time(start), Time(end), Time(breakStart), Time(breakEnd));

    public static LocalTime Time(string text) => NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).Value;

    /// <summary>One worker, a fixed seed, a deterministic budget: the same answer on any machine, under any load.</summary>
    public static SolverOptions Options { get; } = new()
    {
        Workers = 1,
        Seed = 1,
        DeterministicTimeLimit = 5,
        ExplainTimeLimit = TimeSpan.FromSeconds(3),
    };

    /// <summary>Wall-clock options, as the service and the benchmarks solve.</summary>
    public static SolverOptions WallClock { get; } = Options with { DeterministicTimeLimit = null, TimeLimit = TimeSpan.FromSeconds(8) };

    /// <summary>A run of <paramref name="options"/>' budget, started now.</summary>
    public static CpSatRun Run(SolverOptions options) => new(options, System.Diagnostics.Stopwatch.GetTimestamp(), null, CancellationToken.None);

    /// <summary>Solves with <see cref="Options"/>; every rota found is passed through the independent validator.</summary>
    public static RotaSolution Solve(RotaProblem problem) => Validated(problem, RotaSolver.Solve(problem, Options));

    /// <summary>Asserts the validator finds nothing wrong with a solved rota.</summary>
    public static RotaSolution Validated(RotaProblem problem, RotaSolution solution)
    {
        if (solution.Status is SolveStatus.Optimal or SolveStatus.Feasible)
        {
            var violations = RotaValidator.Validate(problem, solution.Assignments);
            Assert.True(violations.Count == 0, string.Join("; ", violations.Select(v => $"{v.Rule}: {v.MessageEn}")));
        }

        return solution;
    }

    public static void AssertInfeasibleBecauseOf(RotaSolution solution, string rule, string? staffId = null)
    {
        Assert.Equal(SolveStatus.Infeasible, solution.Status);
        Assert.Contains(solution.Explanation, c => c.Rule == rule && (staffId is null || c.StaffId == staffId));
        Assert.All(solution.Explanation, c => Assert.False(string.IsNullOrWhiteSpace(c.French) || string.IsNullOrWhiteSpace(c.English)));
    }

    public static void AssertSolved(RotaSolution solution) =>
        Assert.True(solution.Status is SolveStatus.Optimal or SolveStatus.Feasible, $"status {solution.Status}: {string.Join("; ", solution.Explanation.Select(c => c.English))}");
}
