namespace Scheduler.Solver.Domain;

/// <summary>Weights of the soft goals in the objective (all non-negative integers; 0 switches a goal off).</summary>
public sealed record SoftWeights
{
    /// <summary>Cost of the first missing listener in a half-hour; each further missing listener costs more (convex).</summary>
    public int UnderCoverage { get; init; } = 100;

    /// <summary>Cost of a listener beyond the need in a half-hour.</summary>
    public int OverCoverage { get; init; } = 2;

    /// <summary>Cost per unit of spread (max − min) of weekend days, late shifts and holiday work among comparable contracts.</summary>
    public int Fairness { get; init; } = 20;

    /// <summary>Cost per preference weight not honoured.</summary>
    public int Preference { get; init; } = 10;

    /// <summary>Cost per distinct extra start time of a person within a week.</summary>
    public int StartTimeStability { get; init; } = 3;

    /// <summary>Cost per shift that differs from the reference (previously published) rota.</summary>
    public int Change { get; init; } = 50;

    /// <summary>Cost per third consecutive weekend worked (more than 2 in a row).</summary>
    public int ConsecutiveWeekends { get; init; } = 40;

    /// <summary>
    /// Cost per started half-hour a full-timer's week, planned alone inside a reference period, leaves owed to the period's
    /// later weeks (see <see cref="Scheduler.Solver.Rostering.Rules.ContractTargets.SettlingMinutes"/>). Those hours are worked later at least
    /// at the over-coverage's price, so a little more than it spreads them over the period instead of pushing them to its end.
    /// </summary>
    public int DeferredHours { get; init; } = 3;

    /// <summary>
    /// Cost of a person working the weekend of a week planned alone right after a weekend worked (see
    /// <see cref="Scheduler.Solver.Rostering.Rules.BackToBackWeekendsTerm"/>): a quarter of the run of three the next week would
    /// then risk. Six weeks of the 3133 planned one at a time: 13 runs of three with 0 (the runs priced in the columns alone),
    /// 6 with 10, 7 with 20 and 4 with 40, the other terms' sum lowest from 10 on (4 161 against 4 521 with 0), measured
    /// before the integer master priced them by rows; with the rows, 5–6 runs with 10.
    /// </summary>
    public int BackToBackWeekends { get; init; } = 10;

    public static SoftWeights Default { get; } = new();
}
