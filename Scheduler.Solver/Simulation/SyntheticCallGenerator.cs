using NodaTime;
using Scheduler.Solver.Quality;

namespace Scheduler.Solver.Simulation;

/// <summary>
/// Generates realistic call records: Poisson arrivals per demand interval, a FIFO queue answered by the listeners on duty,
/// random handling times and callers who hang up when their patience (exponential) runs out. Deterministic for a seed.
/// </summary>
/// <remarks>
/// Calls are served in arrival order (events ordered by time): each call goes to the listener who can take it first, i.e.
/// who is both free and on duty. With FIFO service an earlier caller never waits behind a later one, so handling calls in
/// arrival order is the event simulation itself; a caller who gives up frees nobody, because nobody was serving them.
/// A listener who answers near the end of a shift finishes the call.
/// </remarks>
public sealed class SyntheticCallGenerator(CallGenerationSettings settings, int seed)
{
    public IReadOnlyList<CallRecord> Generate(IReadOnlyList<DemandInterval> demand, IReadOnlyList<DutyInterval> duty)
    {
        var random = new Random(seed);
        var arrivals = Arrivals(demand, random);
        var schedule = new DutySchedule(duty);
        var freeAt = schedule.ListenerIds.ToDictionary(id => id, _ => Instant.MinValue, StringComparer.Ordinal);
        var calls = new List<CallRecord>(arrivals.Count);
        foreach (var arrival in arrivals)
        {
            var patience = Milliseconds(Exponential(random, settings.MeanPatience.TotalSeconds));
            var handling = Milliseconds(Handling(random));
            var deadline = arrival + patience;
            string? chosen = null;
            var answerAt = Instant.MaxValue;
            foreach (var listener in schedule.ListenerIds)
            {
                var free = freeAt[listener] > arrival ? freeAt[listener] : arrival;
                if (schedule.EarliestOnDuty(listener, free) is { } at && at < answerAt)
                {
                    (chosen, answerAt) = (listener, at);
                }
            }

            var id = $"{settings.IdPrefix}-{calls.Count + 1:D7}";
            if (chosen is not null && answerAt <= deadline)
            {
                freeAt[chosen] = answerAt + handling;
                calls.Add(new CallRecord(id, settings.Channel, arrival, answerAt, answerAt + handling, chosen));
            }
            else
            {
                calls.Add(new CallRecord(id, settings.Channel, arrival, null, deadline, null));
            }
        }

        return calls;
    }

    /// <summary>A Poisson process per interval: exponential gaps at rate expected/length, restarted at each interval start.</summary>
    private static List<Instant> Arrivals(IReadOnlyList<DemandInterval> demand, Random random)
    {
        var arrivals = new List<Instant>();
        foreach (var interval in demand.OrderBy(d => d.Start))
        {
            if (interval.ExpectedCalls <= 0)
            {
                continue;
            }

            var meanGap = interval.Length.TotalSeconds / interval.ExpectedCalls;
            var end = interval.Start + interval.Length;
            for (var t = interval.Start + Duration.FromSeconds(Exponential(random, meanGap)); t < end; t += Duration.FromSeconds(Exponential(random, meanGap)))
            {
                arrivals.Add(RoundToMilliseconds(t));
            }
        }

        arrivals.Sort();
        return arrivals;
    }

    private double Handling(Random random)
    {
        var mean = settings.MeanHandling.TotalSeconds;
        if (settings.HandlingDistribution == HandlingTimeDistribution.Exponential)
        {
            return Exponential(random, mean);
        }

        // Lognormal with the requested mean: E[X] = exp(μ + σ²/2), so μ = ln(mean) − σ²/2.
        var sigma = settings.HandlingSigma;
        var mu = Math.Log(mean) - (sigma * sigma / 2);
        return Math.Exp(mu + (sigma * StandardNormal(random)));
    }

    private static double Exponential(Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    /// <summary>Box–Muller transform.</summary>
    private static double StandardNormal(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>Platforms report milliseconds; whole milliseconds keep generated records identical after a CSV round trip.</summary>
    private static Instant RoundToMilliseconds(Instant t) => Instant.FromUnixTimeMilliseconds(t.ToUnixTimeMilliseconds());

    private static Duration Milliseconds(double seconds) => Duration.FromMilliseconds(Math.Round(seconds * 1000));
}
