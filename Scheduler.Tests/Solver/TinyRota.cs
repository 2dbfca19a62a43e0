using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;

namespace Scheduler.Tests.Solver;

/// <summary>Small rota problems for the rule tests: a week from Monday 2 March 2026, chosen days open, free weekly hours.</summary>
internal static class TinyRota
{
    public static readonly LocalDate Monday = new(2026, 3, 2);

    /// <summary>
    /// Rules with no floor minimum and a weekly band so wide (±35 h around 35 h) that contract hours never bite,
    /// so that each test switches on only the rule it is about.
    /// </summary>
    public static RuleSettings QuietRules { get; } = RuleSettings.Default with
    {
        MinManagersOnDuty = 0,
        MinTrainedListenersOnDuty = 0,
        FullTimeWeeklyBand = Duration.FromHours(35),
    };

    public static SoftWeights NoSoftGoals { get; } = new()
    {
        UnderCoverage = 0, OverCoverage = 0, Fairness = 0, Preference = 0, StartTimeStability = 0, Change = 0, ConsecutiveWeekends = 0,
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

    public static RotaSolution Solve(RotaProblem problem) => RotaSolver.Solve(problem, Options);

    public static void AssertInfeasibleBecauseOf(RotaSolution solution, string rule, string? staffId = null)
    {
        Assert.Equal(SolveStatus.Infeasible, solution.Status);
        Assert.Contains(solution.Explanation, c => c.Rule == rule && (staffId is null || c.StaffId == staffId));
        Assert.All(solution.Explanation, c => Assert.False(string.IsNullOrWhiteSpace(c.French) || string.IsNullOrWhiteSpace(c.English)));
    }

    public static void AssertSolved(RotaSolution solution) =>
        Assert.True(solution.Status is SolveStatus.Optimal or SolveStatus.Feasible, $"status {solution.Status}: {string.Join("; ", solution.Explanation.Select(c => c.English))}");
}
