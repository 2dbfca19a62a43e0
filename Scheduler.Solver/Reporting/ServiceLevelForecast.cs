using NodaTime;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Reporting;

/// <summary>The service level Erlang C predicts in one open slot with the trained listeners planned in it.</summary>
/// <param name="ExpectedCalls">Calls the demand expects in the slot.</param>
/// <param name="Listeners">Trained listeners on duty for the whole slot (see <see cref="SlotCoverage.TrainedListeners"/>).</param>
/// <param name="ServiceLevel">Share of the slot's calls answered within the channel's target wait; 1 when none is expected.</param>
/// <param name="Abandonment">Share of the slot's callers who hang up before an answer (Erlang A), when the channel knows their patience; else null.</param>
public sealed record SlotServiceLevel(LocalDate Date, LocalTime Start, LocalTime End, double ExpectedCalls, int Listeners, double ServiceLevel, double? Abandonment = null);

/// <summary>
/// What a rota promises callers: per open slot, Erlang C with the planned listeners and the calls the demand expects
/// (the channel's handling time and target wait); per day or week, the share of all expected calls answered in time.
/// When the channel knows callers' mean patience, Erlang A also gives the share who hang up; the service level stays
/// Erlang C's, which never counts on callers leaving the queue (the cautious figure the staffing engine plans with).
/// </summary>
public static class ServiceLevelForecast
{
    /// <param name="expectedCalls">Calls expected per date and slot start; a missing slot expects none.</param>
    public static IReadOnlyList<SlotServiceLevel> Of(
        IEnumerable<SlotCoverage> coverage, IReadOnlyDictionary<(LocalDate Date, LocalTime Start), double> expectedCalls, ChannelProfile channel)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(expectedCalls);
        ArgumentNullException.ThrowIfNull(channel);
        return [.. coverage.Select(c =>
        {
            var calls = expectedCalls.GetValueOrDefault((c.Date, c.Start));
            return new SlotServiceLevel(c.Date, c.Start, c.End, calls, c.TrainedListeners, Level(c.TrainedListeners, calls, c.Length, channel), Abandonment(c.TrainedListeners, calls, c.Length, channel));
        })];
    }

    /// <summary>
    /// The share of <paramref name="calls"/> offered over <paramref name="slot"/> that <paramref name="listeners"/> answer
    /// within the channel's target (load = calls × handling time / slot); 1 when no call is expected.
    /// </summary>
    public static double Level(int listeners, double calls, Duration slot, ChannelProfile channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var load = calls * channel.DefaultAhtSeconds / slot.TotalSeconds;
        return calls > 0 ? ErlangC.ServiceLevel(listeners, load, channel.DefaultAhtSeconds, channel.Targets.AnswerWithinSeconds) : 1;
    }

    /// <summary>
    /// The share of <paramref name="calls"/> offered over <paramref name="slot"/> whose callers hang up before
    /// <paramref name="listeners"/> answer (Erlang A with the channel's mean patience); null when the channel has none.
    /// </summary>
    public static double? Abandonment(int listeners, double calls, Duration slot, ChannelProfile channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.MeanPatienceSeconds is not { } patience)
        {
            return null;
        }

        return calls > 0
            ? ErlangA.Evaluate(new CallLoad(calls, slot.TotalSeconds, channel.DefaultAhtSeconds), listeners, patience, channel.Targets.AnswerWithinSeconds).AbandonmentProbability
            : 0;
    }

    /// <summary>The share of the slots' expected callers who hang up (each slot weighs its calls); null when none is expected or no slot knows it.</summary>
    public static double? OverallAbandonment(IEnumerable<SlotServiceLevel> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var list = slots.Where(s => s.Abandonment is not null).ToList();
        var calls = list.Sum(s => s.ExpectedCalls);
        return calls > 0 ? list.Sum(s => s.ExpectedCalls * s.Abandonment!.Value) / calls : null;
    }

    /// <summary>The share of the slots' expected calls answered within target (each slot weighs its calls); null when none is expected.</summary>
    public static double? Overall(IEnumerable<SlotServiceLevel> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var list = slots.ToList();
        var calls = list.Sum(s => s.ExpectedCalls);
        return calls > 0 ? list.Sum(s => s.ExpectedCalls * s.ServiceLevel) / calls : null;
    }
}
