using Google.OrTools.Sat;
using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering;

/// <summary>What a model is built for.</summary>
public enum ModelMode
{
    /// <summary>Every hard rule unconditional, the soft goals in the objective.</summary>
    Optimize,

    /// <summary>Every hard rule under assumption literals, no objective: to name the rules in conflict.</summary>
    Explain,

    /// <summary>The floor minimums relaxed with slack, minimised: to measure how many listener-hours are missing.</summary>
    Shortage,
}

/// <summary>The CP-SAT model of one rota problem: variables, hard rules, soft terms and the objective.</summary>
public sealed class RotaModel
{
    /// <summary>The hard rules 1–8 of the issue, then the work-pattern rules of named shifts, one class each.</summary>
    public static IReadOnlyList<IRotaRule> HardRules { get; } =
    [
        new ManagerCoverRule(), new ListenerCoverRule(), new OpeningHoursRule(), new AvailabilityRule(),
        new OneShiftPerDayRule(), new ShiftLengthRule(), new MaxDailyWorkRule(), new DailyRestRule(),
        new WeeklyRestRule(), new DaysOffPerWeekRule(), new MaxWorkingDaysInSevenRule(), new MaxWeeklyHoursRule(),
        new MaxAverageWeeklyHoursRule(), new ContractHoursRule(), new PartTimeExtraHoursRule(), new BreakRule(),
        new PinnedRule(), new MaxConsecutiveWorkDaysRule(), new MinConsecutiveWorkDaysRule(), new MinConsecutiveDaysOffRule(),
        new MaxWeekendsRule(), new ShiftTypeLimitRule(), new WorkedMinutesRangeRule(), new ForbiddenSuccessionRule(),
    ];

    /// <summary>The soft goals, one class each.</summary>
    public static IReadOnlyList<IRotaRule> SoftRules { get; } =
    [
        new UnderCoverageTerm(), new OverCoverageTerm(), new FairnessTerm(), new ConsecutiveWeekendsTerm(),
        new PreferencesTerm(), new StartTimeStabilityTerm(), new ChangesTerm(), new ShiftCoverTerm(), new ShiftRequestsTerm(),
        new DeferredHoursTerm(), new BackToBackWeekendsTerm(),
    ];

    private readonly List<Penalty> penalties = [];
    private readonly Dictionary<string, object> shared = [];
    private readonly List<(string Rule, LocalDate Date, LinearExpr MissingSlots)> shortages = [];

    private RotaModel(RotaProblem problem, ModelMode mode)
    {
        Problem = problem;
        Mode = mode;
        Model = new CpModel();
        Grid = RotaGrid.Build(problem);
        X = new RotaVariables(Model, Grid, strict: mode != ModelMode.Explain);
        Gates = new RuleGates(Model, mode == ModelMode.Explain);
        History = new HistoryView(problem);
    }

    public CpModel Model { get; }

    public RotaProblem Problem { get; }

    public ModelMode Mode { get; }

    public RotaGrid Grid { get; }

    public RotaVariables X { get; }

    public RuleGates Gates { get; }

    public HistoryView History { get; }

    public IReadOnlyList<StaffMember> Staff => Problem.Staff;

    public DateTimeZone Zone { get; } = RotaProblem.TimeZone;

    public IReadOnlyList<Penalty> Penalties => penalties;

    /// <summary>
    /// The first date fairness counts: the problem's <see cref="RotaProblem.FairnessFrom"/>, or, when this model is one week
    /// of a longer horizon solved week by week, the horizon's first date if earlier. Fairness then counts the history from
    /// that date as part of the period, so the last week's fairness terms are those of the whole horizon.
    /// </summary>
    public LocalDate? FairnessFrom { get; private init; }

    /// <summary>Missing floor slots per rule and date (only in <see cref="ModelMode.Shortage"/>).</summary>
    public IReadOnlyList<(string Rule, LocalDate Date, LinearExpr MissingSlots)> Shortages => shortages;

    public static RotaModel Build(RotaProblem problem, ModelMode mode = ModelMode.Optimize) => Build(problem, mode, null);

    private static LocalDate? Earliest(LocalDate? a, LocalDate? b) => a is { } x && b is { } y ? LocalDate.Min(x, y) : a ?? b;

    internal static RotaModel Build(RotaProblem problem, ModelMode mode, LocalDate? fairnessFrom)
    {
        var m = new RotaModel(problem, mode) { FairnessFrom = Earliest(fairnessFrom, problem.FairnessFrom) };
        foreach (var rule in HardRules)
        {
            m.penalties.AddRange(rule.Apply(m));
        }

        if (mode == ModelMode.Optimize)
        {
            foreach (var rule in SoftRules)
            {
                m.penalties.AddRange(rule.Apply(m));
            }
        }

        if (mode == ModelMode.Explain)
        {
            m.Model.AddAssumptions(m.Gates.All);
        }
        else
        {
            m.Model.Minimize(LinearExpr.Sum(m.penalties.Select(p => p.Cost)));
        }

        return m;
    }

    /// <summary>Adds a constraint, under its rule's gate when explaining.</summary>
    public void Require(Constraint constraint, ILiteral? gate)
    {
        if (gate is not null && !Gates.Explaining)
        {
            throw new InvalidOperationException("A rule gate was made outside explanation mode.");
        }

        RuleGates.Enforce(constraint, gate);
    }

    /// <summary>Called by the floor-cover rules in shortage mode.</summary>
    public void RecordShortage(string rule, LocalDate date, LinearExpr missingSlots) => shortages.Add((rule, date, missingSlots));

    /// <summary>An expression or variable several rules need (weekend worked, coverage of a slot), made once.</summary>
    public T Shared<T>(string key, Func<T> make)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(make);
        if (!shared.TryGetValue(key, out var value))
        {
            value = make();
            shared.Add(key, value);
        }

        return (T)value;
    }

    public int IndexOf(string staffId)
    {
        for (var p = 0; p < Staff.Count; p++)
        {
            if (Staff[p].Id == staffId)
            {
                return p;
            }
        }

        return -1;
    }
}
