using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>A wish the solver honours when it can (a soft goal), never a rule.</summary>
public enum PreferenceKind
{
    /// <summary>Would like to work on <see cref="Preference.Day"/> or <see cref="Preference.Date"/>.</summary>
    PreferDay,
    /// <summary>Would rather not work on <see cref="Preference.Day"/> or <see cref="Preference.Date"/>.</summary>
    AvoidDay,
    /// <summary>Prefers shifts that start at opening time.</summary>
    PreferEarly,
    /// <summary>Prefers shifts that end at closing time.</summary>
    PreferLate,
    /// <summary>Would like the weekend that starts on <see cref="Preference.Date"/> (a Saturday) off.</summary>
    WeekendOff,
    /// <summary>Would like to work the shift definition <see cref="Preference.ShiftId"/> on the date (or weekday).</summary>
    WantShift,
    /// <summary>Would rather not work the shift definition <see cref="Preference.ShiftId"/> on the date (or weekday).</summary>
    AvoidShift,
}

/// <summary>A preference, for one date or for a weekday every week.</summary>
/// <param name="Weight">How much it matters to the person, 1 (a little) to 5 (a lot).</param>
public sealed record Preference(PreferenceKind Kind, LocalDate? Date = null, IsoDayOfWeek? Day = null, int Weight = 1)
{
    /// <summary>The shift definition a <see cref="PreferenceKind.WantShift"/> or <see cref="PreferenceKind.AvoidShift"/> request names.</summary>
    public string? ShiftId { get; init; }

    public bool AppliesTo(LocalDate date) =>
        (Date is null && Day is null) || Date == date || (Day is { } day && date.DayOfWeek == day);
}
