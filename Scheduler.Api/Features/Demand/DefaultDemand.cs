using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;

namespace Scheduler.Api.Features.Demand;

/// <summary>
/// The 3133 line's demand before it has call records: the staffing engine's default profile (60,000 calls a year spread
/// by weekday and half-hour, <see cref="Line3133Defaults"/>) turned into listeners per open half-hour by Erlang C
/// (<see cref="DemandSlotBuilder"/>). One row per weekday × open half-hour on the phone channel.
/// </summary>
public static class DefaultDemand
{
    /// <summary>A week to lay the weekday profile on; any Monday gives the same rows.</summary>
    private static readonly LocalDate SampleMonday = new(2026, 3, 2);

    /// <summary>The weekday rows of <paramref name="profile"/> (the default 3133 profile when null) on the phone channel, with the listeners Erlang C asks for.</summary>
    public static IReadOnlyList<DemandEntity> Rows(WeeklyDemandProfile? profile = null)
    {
        profile ??= Line3133Defaults.Profile;
        var dates = Enumerable.Range(0, 7).Select(SampleMonday.PlusDays).ToList();
        var opening = Line3133Defaults.Opening(dates);
        var required = DemandSlotBuilder.Build(profile, opening, Line3133Defaults.PhoneChannel)
            .ToDictionary(s => (s.Date.DayOfWeek, s.Start), s => s.RequiredListeners);
        return
        [
            .. DemandSlotBuilder.Intervals(profile, opening, Line3133Defaults.PhoneChannel).Select(i => new DemandEntity
            {
                Id = Guid.NewGuid(),
                Day = i.Date.DayOfWeek,
                SlotStart = i.Start,
                Channel = i.Channel,
                ExpectedContacts = Math.Round(i.Calls, 3),
                RequiredListeners = required.GetValueOrDefault((i.Date.DayOfWeek, i.Start)),
            }),
        ];
    }

    /// <summary>The default rows as the solver's demand on the given dates.</summary>
    public static IEnumerable<DemandSlot> On(IEnumerable<LocalDate> dates)
    {
        var rows = Rows();
        return dates.SelectMany(d => rows.Where(r => r.Day == d.DayOfWeek && r.RequiredListeners > 0)
            .Select(r => new DemandSlot(d, r.SlotStart, r.Channel, r.RequiredListeners!.Value)));
    }
}
