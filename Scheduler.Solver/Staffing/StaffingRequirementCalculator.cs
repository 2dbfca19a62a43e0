using NodaTime;

namespace Scheduler.Solver.Staffing;

/// <summary>Forecast to staff: required and scheduled agents per interval and channel.</summary>
public static class StaffingRequirementCalculator
{
    /// <summary>One requirement per forecast interval, in the forecast's order.</summary>
    /// <param name="forecast">Calls and handling time per interval and channel.</param>
    /// <param name="channels">Profile of every channel named in the forecast, by name.</param>
    /// <param name="intervalLength">Length of every interval (30 minutes on the 3133 grid).</param>
    /// <exception cref="ArgumentException">A channel of the forecast has no profile.</exception>
    public static IReadOnlyList<IntervalRequirement> Calculate(
        IEnumerable<IntervalDemand> forecast,
        IReadOnlyDictionary<string, ChannelProfile> channels,
        Duration intervalLength)
    {
        var seconds = intervalLength.TotalSeconds;
        var requirements = new List<IntervalRequirement>(forecast.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var interval in forecast)
        {
            if (!channels.TryGetValue(interval.Channel, out var channel))
            {
                throw new ArgumentException($"No channel profile for '{interval.Channel}'.", nameof(channels));
            }

            requirements.Add(ForInterval(interval, channel, seconds));
        }

        return requirements;
    }

    public static IntervalRequirement ForInterval(IntervalDemand interval, ChannelProfile channel, double intervalSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channel.ConcurrentSessions, 1);
        var load = new CallLoad(interval.Calls, intervalSeconds, interval.AhtSeconds);
        var sessions = RequiredAgents.Find(load, channel.Targets, channel.MeanPatienceSeconds);
        var agents = (sessions.Agents + channel.ConcurrentSessions - 1) / channel.ConcurrentSessions;
        var scheduled = Shrinkage.ScheduledAgents(agents, channel.Shrinkage);
        return new IntervalRequirement(interval.Date, interval.Start, interval.Channel, agents, scheduled, sessions.Predicted);
    }
}
