using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Column generation on one week (Dantzig–Wolfe over classes of interchangeable people): the master LP chooses how many
/// members work each known week pattern, and each class's pricing problem proposes the patterns its duals favour. At every
/// round the master's value plus each class's size times its least proven reduced cost is a valid lower bound (Lasdon's), so
/// the bound holds whenever the budget runs out, and equals the LP optimum when pricing finds nothing better.
/// </summary>
internal sealed class ColumnGeneration
{
    /// <summary>
    /// Deterministic units charged per simplex iteration of the master and per class priced (see <see cref="CpSatRun.Charge"/>):
    /// on the 3133's week the generation took 5.0 s for 56 308 iterations (3.1 s in GLOP) and 42 rounds of 4 classes.
    /// </summary>
    private const double UnitsPerIteration = 1 / 18_000.0;

    /// <summary>
    /// Columns of the master up to which <see cref="UnitsPerIteration"/> holds (the 3133's masters had at most 673); beyond,
    /// GLOP's iterations cost in proportion to the columns: a week after a history, priced per member, reached 2 650
    /// columns, whose 2 200 iterations took 0.5 s and were charged 0.12 units before.
    /// </summary>
    private const double IterationColumns = 700;

    private const double UnitsPerPricing = 0.012;

    /// <summary>
    /// SCIP's nodes at most per deterministic unit of its budget when the choice must be the same on every run (it mostly
    /// stops earlier, see <see cref="PatternMaster.SolveInteger"/>). Its nodes cost 10 ms (the 3133 over 2 weeks) to 80 ms
    /// (over 4 weeks) after a root of 2.5–5 s, so no one rate gives its seconds.
    /// </summary>
    private const double NodesPerUnit = 50;

    /// <summary>
    /// Wall seconds SCIP may take in deterministic mode beyond 10 per unit of its budget. Its root alone takes 2.5–5 s on the
    /// 3133, so a small budget's SCIP still runs seconds: a limit in proportion to its units would stop it by the clock, and
    /// its choice would then depend on the machine.
    /// </summary>
    private const double DeterministicSafetySeconds = 60;

    /// <summary>Deterministic units charged for rounding the LP (<see cref="MasterRounding"/>): about a second on the 3133's week.</summary>
    private const double RoundingUnits = 1;

    private readonly PatternMaster master;
    private readonly IReadOnlyList<StaffClass> classes;
    private readonly IReadOnlyList<int?> paidTargets;
    private readonly List<PatternDynamicProgram> pricing;
    private readonly List<WeekPattern> columns = [];
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    /// <summary>
    /// A one-week horizon, whose master prices fairness (<see cref="FairnessRows"/>): the LP's rounding chooses in
    /// deterministic units, and by the clock too unless <see cref="perMember"/>. SCIP's rows count each class's average,
    /// where the rounding counts each member's spread (<see cref="MemberSpreads"/>): on the 3133's own week (no history,
    /// a class per contract) SCIP's choice after 5.7–6.8 s cost 1 466 against the rounding's 718.
    /// </summary>
    private readonly bool fairnessPriced;

    /// <summary>
    /// A week after a history, whose classes are split per what their members carry (<see cref="FairnessRows.Classes"/>), so
    /// SCIP's rows are nearly exact. In deterministic units the rounding still chooses: SCIP's root on that master (23
    /// classes, 2 444 columns) took 13.6 s whatever its node limit, and 99 nodes 50 s, so no number of nodes kept `solve` of
    /// 20 units near 20 s (54 s, 934; the rounding: 22 s, 994). By the clock SCIP keeps its seconds: over six weeks planned
    /// one after the other (`bench weekly`, 20 s each) its choices summed to 4 297, the rounding's (blind to fairness then) to 4 469.
    /// </summary>
    private readonly bool perMember;

    /// <summary>Full-timers hold exactly their hours every week (no weekly band): SCIP then starts from the seed (see <see cref="Choose"/>).</summary>
    private readonly bool exactWeeks;

    /// <param name="paidPrices">Per class, a price per paid minute off its columns' cost (see <see cref="PatternMaster"/>), or null.</param>
    public ColumnGeneration(RotaProblem problem, RotaGrid grid, IReadOnlyList<StaffClass> classes, int week, IReadOnlyList<int?> paidTargets, bool alike, IReadOnlyList<double>? paidPrices = null)
    {
        replaceMargin = problem.Weights.UnderCoverage;
        this.classes = classes;
        this.paidTargets = paidTargets;
        exactWeeks = problem.Rules.FullTimeWeeklyBand == NodaTime.Duration.Zero;
        fairnessPriced = FairnessRows.Applies(problem, grid);
        perMember = fairnessPriced && problem.CarriesFairness;
        master = new PatternMaster(problem, grid, classes, week, paidTargets, alike, paidPrices);
        var boundary = week == 0 && problem.History.Count > 0 ? new HistoryBoundary(problem, grid) : null;
        pricing = [.. classes.Select((c, i) => new PatternDynamicProgram(problem, [.. grid.Week(week)], c, i, boundary))];
    }

    public IReadOnlyList<WeekPattern> Columns => columns;

    public double Bound { get; private set; } = double.NegativeInfinity;

    /// <summary>The managers' block's share of <see cref="Bound"/> at the round that proved it (see <see cref="MasterSolution.ManagerValue"/>).</summary>
    public double ManagerBound { get; private set; }

    /// <summary>
    /// Per class, the paid minutes' dual value at the round that proved <see cref="Bound"/>. The bound holds with those rows
    /// dualised as well: any week, whatever its paid minutes, costs at least the bound plus these values times the minutes
    /// away from the rows' targets (see <see cref="ColumnBound"/>).
    /// </summary>
    public IReadOnlyList<double> BoundPaidValue { get; private set; } = [];

    public MasterSolution? Last { get; private set; }

    /// <summary>The LP solution <see cref="lastRounding"/> comes from.</summary>
    private MasterSolution? roundedFrom;

    private int[]? lastRounding;

    /// <summary>
    /// What the rounding must save on SCIP's choice to replace it: a missing listener's half-hour. The master cannot see
    /// how a choice lays on people, and on 200 people over 4 weeks SCIP's choices laid better: the rounding's, 4 179–4 222
    /// against SCIP's 4 063 and up, ended at 18 132–18 252 (12 %, with runs of three weekends) where SCIP's ended at 16 632.
    /// </summary>
    private readonly double replaceMargin;

    public bool Converged { get; private set; }

    /// <summary>
    /// Whole members per column: SCIP's choice by the integer master, or the LP's rounding (<see cref="MasterRounding"/>)
    /// when SCIP's time is under <paramref name="least"/>, when SCIP finds nothing, or (variant 0 only) when the rounding
    /// saves at least <see cref="replaceMargin"/>; null when there is neither. SCIP needs about 6 s for a good choice on
    /// the 3133's week: in 1.5 s its choice cost 2 862 and in 4.7 s 1 060 (the 3133 over 2 weeks by the clock at 10 and
    /// 15 s), where the rounding cost 526 in about a second; given 8 s SCIP chose 527 on 4 weeks, the rounding 533.
    /// </summary>
    /// <param name="least">Least time SCIP is given; with less, the rounding alone chooses (unless there is no LP to round).</param>
    /// <param name="start">
    /// A legal week (the seed's patterns, one per member), or null. SCIP starts from the LP's values rounded, except when
    /// full-timers hold exactly their hours every week: it then found no choice in 4 s from the rounding (the 3133 over
    /// 4 weeks ended on its first rota, 76 904 with 302 half-hours short) and starts from this week (2 512–2 524). Started
    /// from it otherwise, SCIP stays near it: on the 3133 over 4 weeks 2 315–2 326 against 2 207–2 224 from the rounding,
    /// on 100 people 9 083 against 8 500. When SCIP finds nothing in its time, the week itself is the choice.
    /// </param>
    /// <param name="variant">
    /// 0, or another of SCIP's random seeds (see <see cref="PatternMaster.SolveInteger"/>); variant 1 also starts from the
    /// other of the two starts.
    /// </param>
    /// <param name="seconds">
    /// SCIP's time, or in deterministic mode its budget of units: it then stops after a number of nodes instead (see
    /// <see cref="NodesPerUnit"/>) and is charged the budget, with a wall limit only a machine many times slower reaches
    /// (see <see cref="DeterministicSafetySeconds"/>).
    /// </param>
    public int[]? Choose(CpSatRun run, double seconds, double least, IReadOnlyList<WeekPattern>? start = null, int variant = 0)
    {
        ArgumentNullException.ThrowIfNull(run);
        var seed = start is { Count: > 0 } ? Counts(start) : null;
        var rounded = Rounded(run, seed);
        if (rounded is not null && (seconds < least || (fairnessPriced && (run.IsDeterministic || !perMember))))
        {
            return master.WithManagersTurnedOver(columns, rounded);
        }

        seconds = Math.Max(seconds, least);
        var fromSeed = seed is not null && (exactWeeks ^ (variant == 1));
        long? nodes = run.IsDeterministic ? (long)Math.Ceiling(seconds * NodesPerUnit) : null;
        var found = master.SolveInteger(columns, nodes is null ? seconds : DeterministicSafetySeconds + (10 * seconds), fromSeed ? seed : Last?.Columns, variant, nodes);
        if (nodes is not null)
        {
            run.Charge(seconds);
        }

        int[]? chosen = found is not null ? [.. found.Columns.Select(v => (int)v)] : null;
        // Another variant is there to lay another choice: SCIP's own, even when the rounding costs less.
        var choice = rounded is not null && (chosen is null || (variant == 0 && master.Cost(columns, rounded) < master.Cost(columns, chosen) - replaceMargin)) ? rounded
            : chosen ?? seed?.Select(v => (int)v).ToArray();
        return choice is null ? null : master.WithManagersTurnedOver(columns, choice);
    }

    /// <summary>
    /// The LP's last values rounded to whole members (<see cref="MasterRounding"/>), once per LP: SCIP's choices of the
    /// same LP compare with it. Charged <see cref="RoundingUnits"/> in deterministic mode.
    /// </summary>
    private int[]? Rounded(CpSatRun run, double[]? seed)
    {
        if (Last is not { } lp)
        {
            return null;
        }

        if (!ReferenceEquals(roundedFrom, lp))
        {
            (roundedFrom, lastRounding) = (lp, master.Round(columns, lp.Columns, seed?.Select(v => (int)v).ToArray()));
            if (run.IsDeterministic)
            {
                run.Charge(RoundingUnits);
            }
        }

        return lastRounding;
    }

    /// <summary>Members per known column in <paramref name="week"/>.</summary>
    private double[] Counts(IReadOnlyList<WeekPattern> week)
    {
        var index = columns.Select((c, j) => (c.Key, j)).ToDictionary(x => x.Key, x => x.j, StringComparer.Ordinal);
        var counts = new double[columns.Count];
        foreach (var pattern in week)
        {
            counts[index[pattern.Key]]++;
        }

        return counts;
    }

    public void Add(IEnumerable<WeekPattern> patterns)
    {
        foreach (var p in patterns)
        {
            if (known.Add(p.Key))
            {
                columns.Add(p);
            }
        }
    }

    /// <summary>Rounds of master and pricing until pricing proves no column improves the master or the budget ends.</summary>
    public void Run(CpSatRun run, double budget)
    {
        var end = run.Remaining - budget;
        while (!Converged && run.Remaining > end && !run.IsCancelled)
        {
            var solution = Last = master.Solve(columns);
            if (solution is null)
            {
                return;
            }

            run.Charge((solution.Iterations * UnitsPerIteration * Math.Max(1, columns.Count / IterationColumns)) + (classes.Count * UnitsPerPricing));

            var bound = solution.Value;
            var managerBound = solution.ManagerValue;
            var added = 0;
            // The classes are priced apart (each its own tables), and their columns added in order, the same on every run.
            var priced = new (IReadOnlyList<WeekPattern> Found, double Least)[classes.Count];
            Parallel.For(0, classes.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
                priced[c] = pricing[c].Price((d, s) => solution.SlotValue(c, d, s), solution.PaidValue[c], solution.SizeValue[c], solution.WeekendValue[c], paidTargets[c], solution.LoadValue?[c]));
            for (var c = 0; c < classes.Count; c++)
            {
                var (found, least) = priced[c];
                bound += classes[c].Size * Math.Min(0, least);
                managerBound += classes[c].IsManager ? classes[c].Size * Math.Min(0, least) : 0;
                var before = columns.Count;
                Add(found);
                added += columns.Count - before;
            }

            if (bound > Bound)
            {
                (Bound, ManagerBound, BoundPaidValue) = (bound, managerBound, solution.PaidValue);
            }

            Converged = added == 0;
        }
    }
}
