using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>
/// The numbers of the hard rules. Defaults are French labour law (Code du travail) and the 3133 platform's floor-safety rule;
/// a manager may tighten them, and the law's own limits are the ceilings.
/// </summary>
public sealed record RuleSettings
{
    private static readonly Dictionary<string, IReadOnlyList<string>> NoSuccessions = [];

    /// <summary>Time grid of shifts, breaks and coverage.</summary>
    public Duration SlotLength { get; init; } = Duration.FromMinutes(30);

    /// <summary>Managers on duty in every open slot.</summary>
    public int MinManagersOnDuty { get; init; } = 1;

    /// <summary>Trained listeners on duty in every open slot (nobody takes these calls alone).</summary>
    public int MinTrainedListenersOnDuty { get; init; } = 2;

    public Duration MinShiftLength { get; init; } = Duration.FromHours(4);

    public Duration MaxShiftLength { get; init; } = Duration.FromHours(10);

    /// <summary>
    /// Step between the shift lengths the solver proposes (a multiple of <see cref="SlotLength"/>).
    /// A coarser step makes the model smaller; pinned shifts of any length on the grid are always kept.
    /// </summary>
    public Duration ShiftLengthStep { get; init; } = Duration.FromMinutes(30);

    /// <summary>
    /// Step between the start times the solver proposes (a multiple of <see cref="SlotLength"/>), counted from opening and,
    /// so that the last open slot can be staffed, from closing too. The quick first rota uses whole hours.
    /// </summary>
    public Duration ShiftStartStep { get; init; } = Duration.FromMinutes(30);

    /// <summary>L3121-18: at most 10 h of work a day.</summary>
    public Duration MaxDailyWork { get; init; } = Duration.FromHours(10);

    /// <summary>L3121-16: a break is due as soon as daily work reaches 6 h.</summary>
    public Duration BreakThreshold { get; init; } = Duration.FromHours(6);

    /// <summary>The unpaid meal break the solver places in a long shift.</summary>
    public Duration BreakLength { get; init; } = Duration.FromMinutes(45);

    /// <summary>L3121-16: at least 20 consecutive minutes.</summary>
    public Duration MinBreakLength { get; init; } = Duration.FromMinutes(20);

    /// <summary>A break starts no earlier than this after the shift starts and ends no later than this before it ends.</summary>
    public Duration BreakMargin { get; init; } = Duration.FromHours(2);

    /// <summary>L3131-1: 11 consecutive hours of rest between two shifts, in elapsed time.</summary>
    public Duration MinDailyRest { get; init; } = Duration.FromHours(11);

    /// <summary>L3132-2: 24 h + 11 h of consecutive rest each week.</summary>
    public Duration MinWeeklyRest { get; init; } = Duration.FromHours(35);

    /// <summary>Days off in every Monday–Sunday week.</summary>
    public int MinDaysOffPerWeek { get; init; } = 2;

    /// <summary>Working days in any 7 consecutive days.</summary>
    public int MaxWorkingDaysInSeven { get; init; } = 6;

    /// <summary>L3121-20: at most 48 h in any week.</summary>
    public Duration MaxWeeklyWork { get; init; } = Duration.FromHours(48);

    /// <summary>L3121-22: at most 44 h a week on average over <see cref="AverageWeeks"/> consecutive weeks.</summary>
    public Duration MaxAverageWeeklyWork { get; init; } = Duration.FromHours(44);

    public int AverageWeeks { get; init; } = 12;

    /// <summary>
    /// False to plan without the contract-hour rules (contract-hours, part-time-extra-hours): for what-if runs, hourly staff,
    /// or to check another rule alone. The legal limits (10 h a day, 48 h a week, 44 h on average) always apply.
    /// </summary>
    public bool ContractHoursApply { get; init; } = true;

    /// <summary>A full-timer's paid hours stay within ± this of the contract each week.</summary>
    public Duration FullTimeWeeklyBand { get; init; } = Duration.FromHours(3.5);

    /// <summary>L3123-28: extra hours of a part-timer never exceed this fraction of the contract.</summary>
    public double PartTimeExtraMaxFraction { get; init; } = 0.10;

    /// <summary>L3123-9: extra hours never bring a part-timer's week to the legal full-time week.</summary>
    public Duration PartTimeWeeklyCeiling { get; init; } = Duration.FromHours(35);

    /// <summary>
    /// Per shift definition id, the definitions that may not be worked on the next date (e.g. no early shift the day after a
    /// late one). Empty by default.
    /// </summary>
    /// <remarks>The default is one shared empty table, so that two default settings stay equal as records.</remarks>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ForbiddenSuccessions { get; init; } = NoSuccessions;

    public static RuleSettings Default { get; } = new();
}
