namespace Scheduler.Solver.Rostering;

/// <summary>How long and how the solver searches.</summary>
public sealed record SolverOptions
{
    /// <summary>Wall-clock budget of the whole solve (seed, completion and improvement).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When set, the budget is CP-SAT's deterministic time (its own work units, about a second each on this machine)
    /// instead of wall time, and several workers interleave deterministically: the same problem, seed and worker count
    /// then give the same rota whatever the machine's load. Work outside CP-SAT is counted in the same units from what
    /// it did (the columns' simplex iterations and pricing rounds; SCIP stops after a number of nodes and is charged its
    /// share). Use it in tests and wherever reproducibility matters (the <c>solve</c> command does by default).
    /// </summary>
    public double? DeterministicTimeLimit { get; init; }

    /// <summary>CP-SAT workers; the number of cores (2 here). More workers than cores starve the LP-guided worker.</summary>
    public int Workers { get; init; } = 2;

    public int Seed { get; init; } = 1;

    /// <summary>How the horizon is searched; <see cref="SolveStrategy.Auto"/> picks by horizon and size.</summary>
    public SolveStrategy Strategy { get; init; } = SolveStrategy.Auto;

    /// <summary>False makes <see cref="SolveStrategy.Auto"/> solve the whole horizon at once, without the week-by-week passes.</summary>
    public bool WeekByWeekSeed { get; init; } = true;

    /// <summary>
    /// Week by week: share of the budget the weekly passes may use when a whole-horizon improvement follows. Most of it: on
    /// the 3133 the whole-horizon phase gained 0.7–2 % in its 9 s, while a week (repeated over the horizon) was still
    /// improving steeply at 15 s.
    /// </summary>
    public double SeedShare { get; init; } = 0.85;

    /// <summary>Budget of each explanation solve when the problem is infeasible (deterministic units in deterministic mode).</summary>
    public TimeSpan ExplainTimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Further CP-SAT parameters in text format (space-separated <c>field:value</c>), e.g. <c>log_search_progress:true</c>
    /// to watch presolve and search. A field named here replaces the solver's own value of it (all of them for the
    /// repeated <c>subsolvers</c>).
    /// </summary>
    public string ExtraParameters { get; init; } = string.Empty;

    public static SolverOptions Default { get; } = new();

    /// <summary>These options with <paramref name="share"/> of the budget (by the clock, or in deterministic units).</summary>
    public SolverOptions Share(double share) => this with
    {
        TimeLimit = TimeLimit * share,
        DeterministicTimeLimit = DeterministicTimeLimit * share,
    };
}
