using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>
/// Everything the solver needs to plan one period: whole weeks from a Monday, in local dates of <see cref="TimeZone"/>.
/// </summary>
/// <param name="Start">First date of the horizon, a Monday.</param>
/// <param name="Weeks">Number of whole weeks: 1 to 6 for the 3133 (the API checks it), up to 52 for the solver.</param>
/// <param name="Opening">Opening hours per date of the horizon; a date without an entry is closed.</param>
/// <param name="Demand">Listeners required per slot and channel; slots without an entry need only the floor minimum.</param>
/// <param name="History">Shifts worked before <paramref name="Start"/> (up to <see cref="RuleSettings.AverageWeeks"/> weeks), so rest and weekly rules hold across the boundary.</param>
/// <param name="Reference">A previously published rota of the same period; re-planning changes as few of its shifts as it can.</param>
/// <param name="Pinned">Shifts a manager fixed by hand; the solver keeps them exactly.</param>
public sealed record RotaProblem(
    LocalDate Start,
    int Weeks,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<OpeningHours> Opening,
    IReadOnlyList<DemandSlot> Demand,
    IReadOnlyList<Assignment> History,
    IReadOnlyList<Assignment> Reference,
    IReadOnlyList<Assignment> Pinned,
    RuleSettings Rules,
    SoftWeights Weights)
{
    /// <summary>The line's time zone; every local date and time of the problem is in it.</summary>
    public static DateTimeZone TimeZone { get; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>Last date of the horizon, inclusive.</summary>
    public LocalDate End => Start.PlusDays((7 * Weeks) - 1);

    public IEnumerable<LocalDate> Dates => Enumerable.Range(0, 7 * Weeks).Select(Start.PlusDays);

    /// <summary>Index of the horizon's week holding <paramref name="date"/>, a date of the horizon.</summary>
    public int WeekOf(LocalDate date) => Period.Between(Start, date, PeriodUnits.Days).Days / 7;

    /// <summary>Public holidays in the horizon (fairness spreads holiday work).</summary>
    public IReadOnlySet<LocalDate> Holidays { get; init; } = new HashSet<LocalDate>();

    /// <summary>
    /// The named shift catalogue. Empty (the default): the solver proposes every start and length on the grid. Otherwise it
    /// proposes exactly these shifts on each open date (those inside the opening hours).
    /// </summary>
    public IReadOnlyList<ShiftDefinition> Shifts { get; init; } = [];

    /// <summary>People wanted per shift definition and date (soft); empty by default.</summary>
    public IReadOnlyList<ShiftCover> ShiftCover { get; init; } = [];

    /// <summary>
    /// The first date whose shifts fairness counts, the history's included; null (the default) counts the horizon alone.
    /// A platform that plans week after week sets it a few weeks back: each week alone evens the load inside the week only,
    /// and with nothing carried it handed the same people the same weekends again the next week.
    /// </summary>
    public LocalDate? FairnessFrom { get; init; }

    /// <summary>
    /// The last date of the reference period that holds the horizon's first week, over which full-timers' weeks must add up
    /// to their contract (hours spread over several weeks, Code du travail L3121-44). A one-week horizon works back what
    /// each full-timer carries (<see cref="StaffMember.CarriedMinutes"/>) as far as the weekly band and the weeks left
    /// allow, and all of it in the period's last week. A horizon of several weeks does the same over its weeks of that
    /// period, and each later period it reaches (see <see cref="ReferencePeriodWeeks"/>) adds up on its own; see
    /// <c>ContractTargets.Stretches</c>. Null (the default): a week is held to the band alone, and a horizon of several weeks
    /// adds up to its own targets.
    /// </summary>
    public LocalDate? ReferencePeriodEnd { get; init; }

    /// <summary>
    /// The length in weeks of the reference periods after the one ending on <see cref="ReferencePeriodEnd"/>; 0 (the
    /// default) when unknown: a horizon's weeks after that date then add up to their own targets.
    /// </summary>
    public int ReferencePeriodWeeks { get; init; }

    /// <summary>True when fairness counts history shifts (see <see cref="FairnessFrom"/>): a bound that prices fairness from the horizon alone no longer holds.</summary>
    public bool CarriesFairness => FairnessFrom is { } from && History.Any(a => a.Date >= from && a.Date < Start);
}
