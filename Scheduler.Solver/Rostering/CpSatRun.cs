using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// One CP-SAT search with the options' determinism rules, a progress callback and cancellation.
/// Elapsed time is measured with a monotonic stopwatch from the start of the whole solve (a duration, never a date).
/// </summary>
internal sealed class CpSatRun(SolverOptions options, long startedAt, IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
{
    public double Elapsed => Stopwatch.GetElapsedTime(startedAt).TotalSeconds;

    public double? FirstSolutionAt { get; private set; }

    /// <summary>CP-SAT's deterministic time used by every search so far (the same on any machine for the same input).</summary>
    public double DeterministicSpent { get; private set; }

    /// <summary>True when budgets are deterministic units (<see cref="SolverOptions.DeterministicTimeLimit"/>) instead of wall seconds.</summary>
    public bool IsDeterministic => options.DeterministicTimeLimit is not null;

    /// <summary>
    /// Counts work done outside CP-SAT (the columns' LP and pricing, SCIP's choice) as deterministic units, measured in
    /// something the same on every run (LP iterations, rounds, nodes), so that the phases after it get the share of the
    /// budget they would get by the clock. Without it they would run on top of the budget. By the clock nothing reads it.
    /// </summary>
    public void Charge(double units) => DeterministicSpent += Math.Max(0, units);

    /// <summary>The solve's worker count (a search may be given another).</summary>
    public int Workers => options.Workers;

    /// <summary>What the solve has used so far: wall seconds, or deterministic units in deterministic mode.</summary>
    public double Spent => options.DeterministicTimeLimit is null ? Elapsed : DeterministicSpent;

    /// <summary>What is left of the whole solve's budget: wall seconds, or deterministic units in deterministic mode.</summary>
    public double Remaining => (options.DeterministicTimeLimit ?? options.TimeLimit.TotalSeconds) - Spent;

    /// <summary>Runs CP-SAT on the model; <paramref name="budget"/> is wall seconds, or deterministic units in deterministic mode.</summary>
    /// <param name="improving">
    /// True for a search that only improves rotas (a week's improving pass): no worker spends its time on the LP, whose bound
    /// is about 0 on these models anyway (see <see cref="Parameters"/>).
    /// </param>
    public (CpSolverStatus Status, CpSolver Solver) Run(
        CpModel model, string phase, double budget, int? workers = null, bool reportsRota = true, string extraParameters = "", bool improving = false)
    {
        if (IsDeterministic && (workers ?? options.Workers) > 1 && HasPartialHint(model))
        {
            // Interleaved workers are not deterministic from a partial hint: the same hint (the pooled guide's, checked) gave
            // 11 702 and 24 399 on the 3133's week in 5 units with two; one worker gave 17 440 every time, and two without
            // the hint the same rota every time.
            workers = 1;
        }

        // A search the caller tunes itself (its own workers, subsolvers or linearization) is not given the one-thread portfolio.
        var portfolio = workers is null && !extraParameters.Contains("subsolvers", StringComparison.Ordinal) && !extraParameters.Contains("linearization_level", StringComparison.Ordinal);
        var solver = new CpSolver { StringParameters = Merge(Merge(Parameters(budget, workers ?? options.Workers, improving, portfolio), extraParameters), options.ExtraParameters) };
        var callback = new Callback(this, solver, phase, reportsRota);
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = cancellationToken.IsCancellationRequested ? CpSolverStatus.Unknown : solver.Solve(model, callback);
        DeterministicSpent += solver.Response?.DeterministicTime ?? 0;
        if (reportsRota && status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            FirstSolutionAt ??= Elapsed;
        }

        return (status, solver);
    }

    private static bool HasPartialHint(CpModel model) =>
        model.Model.SolutionHint is { } hint && hint.Vars.Count > 0 && hint.Vars.Count < model.Model.Variables.Count;

    /// <summary>CP-SAT's random seed in this run's searches (another one restarts a search differently).</summary>
    public int Seed => options.Seed;

    /// <summary>A complete rota exists from now on (reported later, once its exact objective is known).</summary>
    public void MarkFirstRota() => FirstSolutionAt ??= Elapsed;

    /// <summary>A lower bound on the whole problem proven before the search (the column bound), shown in progress instead of a smaller one.</summary>
    public double KnownBound { get; set; }

    /// <summary>
    /// What the parts of the problem not in the current search cost (see <see cref="RoleParts"/>): added to its objective
    /// in progress reports, so they show the whole rota's.
    /// </summary>
    public double ObjectiveOffset { get; set; }

    public void Report(string phase, double objective, double bound)
    {
        FirstSolutionAt ??= Elapsed;
        objective += ObjectiveOffset;
        // Every term costs 0 or more, so a bound below 0 (CP-SAT's before its LP is solved) says nothing: 0 instead.
        var floor = Math.Min(objective, Math.Max(KnownBound, Math.Max(0, bound)));
        progress?.Report(new SolveProgress(phase, objective, floor, RotaSolution.GapOf(objective, floor), Elapsed));
    }

    private string Parameters(double budget, int workers, bool improving, bool portfolio)
    {
        var inv = CultureInfo.InvariantCulture;
        var limit = options.DeterministicTimeLimit is null
            ? string.Create(inv, $"max_time_in_seconds:{Math.Max(0.05, budget):0.###}")
            : string.Create(inv, $"max_deterministic_time:{Math.Max(0.05, budget):0.###}");
        // Light presolve: full probing and symmetry detection cost seconds on these models and bought nothing measurable.
        var parameters = string.Create(inv, $"num_workers:{workers} random_seed:{options.Seed} {limit} cp_model_probing_level:0 symmetry_level:0");
        if (workers == 1 && portfolio && options.DeterministicTimeLimit is null)
        {
            // One thread still runs a portfolio: three SAT searches without LP (the root LP alone can take longer than the
            // budget) and CP-SAT's LNS, taking turns. On one 3133 week, 15 s: 826–978 from scratch where the one sequential
            // search gave 3 842–4 495, and a laid week repaired to 623–733 where it gave 1 741–6 789. Not in deterministic
            // units: each search spends its own, so a budget sized for one search (a 3133 week in 4) found no rota at all.
            parameters += " interleave_search:true subsolvers:\"no_lp\" subsolvers:\"no_lp\" subsolvers:\"no_lp\"";
        }
        else if (workers == 1)
        {
            // A single worker searches without the LP: on these models the root LP alone can take longer than the budget.
            // A caller's own linearization_level replaces this one (see Merge).
            parameters += " linearization_level:0";
        }
        else if (workers == 2 && improving)
        {
            // Two SAT workers without LP (different seeds) and CP-SAT's LNS between them. On one 3133 week, 15 deterministic
            // units: 1 540 against 12 637 with no_lp + default_lp (seed 1); the LP-guided worker found nothing in that time.
            parameters += " subsolvers:\"no_lp\" subsolvers:\"no_lp\"";
        }
        else if (workers == 2)
        {
            // A SAT worker without LP finds the first rotas in seconds; the LP-guided worker finds the good ones. max_lp (more
            // cuts) was tried on one week of the 3133: sometimes better, sometimes worse than default_lp on the loaded machine.
            parameters += " subsolvers:\"no_lp\" subsolvers:\"default_lp\"";
        }

        if (workers > 1 && !improving)
        {
            // With constraints added to the LP lazily the root LP of these models bounds the objective at 0 (measured):
            // only the whole LP gives a real lower bound, hence a meaningful gap.
            parameters += " add_lp_constraints_lazily:false";
        }

        if (options.DeterministicTimeLimit is not null && workers > 1)
        {
            // Interleaved workers take turns in fixed batches, so the search does not depend on thread timing.
            parameters += " interleave_search:true";
        }

        return parameters;
    }

    /// <summary>
    /// The parameters <paramref name="own"/> with <paramref name="extra"/> taking precedence: CP-SAT rejects a non-repeated
    /// field given twice, so every field the extra text names (subsolvers included) is dropped from <paramref name="own"/> first.
    /// </summary>
    internal static string Merge(string own, string extra)
    {
        static string Key(string token) => token.Split(':', 2)[0];
        var extraTokens = extra.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var overridden = extraTokens.Select(Key).ToHashSet(StringComparer.Ordinal);
        return string.Join(' ', own.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !overridden.Contains(Key(t))).Concat(extraTokens));
    }

    private sealed class Callback(CpSatRun run, CpSolver solver, string phase, bool reportsRota) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback()
        {
            if (reportsRota)
            {
                run.Report(phase, ObjectiveValue(), BestObjectiveBound());
            }

            if (run.IsCancelled)
            {
                solver.StopSearch();
            }
        }
    }

    public bool IsCancelled => cancellationToken.IsCancellationRequested;
}
