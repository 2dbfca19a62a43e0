using NodaTime;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Simulation;

/// <summary>
/// Checks the staffing engine's predictions by simulation: one interval's traffic offered for a long time to a fixed
/// number of listeners, through the same queue as the synthetic call records (<see cref="SyntheticCallGenerator"/>).
/// With exponential handling and no abandonment it is Erlang C's M/M/N; with exponential patience, Erlang A's M/M/N+M;
/// with lognormal handling, what the formulas leave out.
/// </summary>
public static class QueueSimulation
{
    /// <summary>Batches the measured run is cut into, for the intervals (<see cref="Estimate.OfBatches"/>); one more warms up.</summary>
    public const int Batches = 20;

    /// <summary>Long enough for any stable queue to empty after the last arrival, so no call of the run is left unanswered.</summary>
    private static readonly Duration Tail = Duration.FromDays(7);

    /// <summary>
    /// Offers <paramref name="load"/>'s arrival rate and handling time to <paramref name="agents"/> listeners for
    /// <paramref name="hours"/> hours (and one batch before, to warm up from an empty queue), and measures what callers got.
    /// </summary>
    /// <param name="settings">Handling-time distribution and patience; the mean handling time is the load's.</param>
    /// <param name="targetSeconds">The wait within which a call counts as answered in time.</param>
    public static SimulatedService Steady(CallLoad load, int agents, double targetSeconds, CallGenerationSettings settings, double hours, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        load = load.Validated();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(agents);
        ArgumentOutOfRangeException.ThrowIfNegative(targetSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hours);

        var start = Instant.FromUtc(2026, 1, 5, 0, 0);
        var batch = Duration.FromSeconds(hours * 3600 / Batches);
        var callsPerBatch = load.Calls / load.IntervalSeconds * batch.TotalSeconds;
        var demand = Enumerable.Range(0, Batches + 1).Select(b => new DemandInterval(start + (batch * b), batch, callsPerBatch)).ToList();
        var listeners = Enumerable.Range(1, agents).Select(i => $"listener-{i:D4}").ToList();
        var duty = new[] { new DutyInterval(start, (batch * (Batches + 1)) + Tail, listeners) };
        var calls = new SyntheticCallGenerator(settings with { MeanHandling = Duration.FromSeconds(load.AhtSeconds) }, seed).Generate(demand, duty);

        var tallies = new Tally[Batches];
        var target = Duration.FromSeconds(targetSeconds);
        foreach (var call in calls)
        {
            var index = (int)Math.Floor((call.OfferedAt - start) / batch) - 1;
            if (index is >= 0 and < Batches)
            {
                tallies[index] = tallies[index].With(call, target);
            }
        }

        return new SimulatedService(
            tallies.Sum(t => t.Offered),
            Estimate.OfBatches([.. tallies.Select(t => t.Share(t.Met))]),
            Estimate.OfBatches([.. tallies.Select(t => t.Share(t.Abandoned))]),
            Estimate.OfBatches([.. tallies.Select(t => t.Share(t.Waited))]),
            Estimate.OfBatches([.. tallies.Select(t => t.Offered > 0 ? t.WaitSeconds / t.Offered : 0)]));
    }

    /// <summary>CallGenerationSettings for callers who never hang up (Erlang C): a patience of a century.</summary>
    public static CallGenerationSettings NeverAbandon(CallGenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { MeanPatience = Duration.FromDays(36_500) };
    }

    private readonly record struct Tally(int Offered, int Met, int Abandoned, int Waited, double WaitSeconds)
    {
        public Tally With(CallRecord call, Duration target)
        {
            var wait = (call.AnsweredAt ?? call.EndedAt) - call.OfferedAt;
            return new Tally(
                Offered + 1,
                Met + (call.IsAnswered && wait <= target ? 1 : 0),
                Abandoned + (call.IsAnswered ? 0 : 1),
                Waited + (wait > Duration.Zero ? 1 : 0),
                WaitSeconds + wait.TotalSeconds);
        }

        public double Share(int count) => Offered > 0 ? (double)count / Offered : 0;
    }
}
