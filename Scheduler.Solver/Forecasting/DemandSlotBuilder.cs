using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Forecasting;

/// <summary>Weekly profile to what the rota solver consumes: listeners required per open half-hour of a horizon.</summary>
public static class DemandSlotBuilder
{
    /// <summary>
    /// The forecast for every half-hour of every opening in <paramref name="opening"/> (from Open, inclusive, to Close,
    /// exclusive, in half-hour steps), with the calls the profile gives that weekday and slot and the channel's
    /// default handling time.
    /// </summary>
    public static IReadOnlyList<IntervalDemand> Intervals(WeeklyDemandProfile profile, IEnumerable<OpeningHours> opening, ChannelProfile channel)
    {
        var intervals = new List<IntervalDemand>();
        foreach (var day in opening.OrderBy(o => o.Date))
        {
            for (var start = day.Open; start < day.Close && start >= day.Open; start = start.PlusMinutes(30))
            {
                intervals.Add(new IntervalDemand(day.Date, start, channel.Channel, profile.CallsAt(day.Date.DayOfWeek, start), channel.DefaultAhtSeconds));
            }
        }

        return intervals;
    }

    /// <summary>The forecast for every half-hour of every date in which the profile expects calls (no opening hours needed).</summary>
    public static IReadOnlyList<IntervalDemand> Intervals(WeeklyDemandProfile profile, IEnumerable<LocalDate> dates, ChannelProfile channel) =>
        dates.Order()
            .SelectMany(date => Enumerable.Range(0, WeeklyDemandProfile.SlotsPerDay)
                .Select(WeeklyDemandProfile.SlotStart)
                .Where(start => profile.CallsAt(date.DayOfWeek, start) > 0)
                .Select(start => new IntervalDemand(date, start, channel.Channel, profile.CallsAt(date.DayOfWeek, start), channel.DefaultAhtSeconds)))
            .ToList();

    /// <summary>
    /// One <see cref="DemandSlot"/> per open half-hour that needs at least one listener: the channel's scheduled agents
    /// (targets met, shrinkage counted). Half-hours without calls get no entry; the solver's floor minimum (2 trained
    /// listeners) applies to them and to every other slot, and is not added here.
    /// </summary>
    public static IReadOnlyList<DemandSlot> Build(WeeklyDemandProfile profile, IEnumerable<OpeningHours> opening, ChannelProfile channel) =>
        Slots(Intervals(profile, opening, channel), channel);

    /// <summary>As above for a horizon of dates: every half-hour in which the profile expects calls.</summary>
    public static IReadOnlyList<DemandSlot> Build(WeeklyDemandProfile profile, IEnumerable<LocalDate> dates, ChannelProfile channel) =>
        Slots(Intervals(profile, dates, channel), channel);

    private static List<DemandSlot> Slots(IReadOnlyList<IntervalDemand> intervals, ChannelProfile channel)
    {
        var channels = new Dictionary<string, ChannelProfile> { [channel.Channel] = channel };
        return StaffingRequirementCalculator.Calculate(intervals, channels, WeeklyDemandProfile.SlotLength)
            .Where(r => r.ScheduledAgents > 0)
            .Select(r => new DemandSlot(r.Date, r.Start, r.Channel, r.ScheduledAgents))
            .ToList();
    }
}
