namespace Scheduler.Solver.Simulation;

/// <summary>A figure a simulation measured, with its 95 % confidence interval from batch means.</summary>
public readonly record struct Estimate(double Value, double Low, double High)
{
    /// <summary>Student's t for 95 % two-sided with 19 degrees of freedom: the simulations cut their run in 20 batches.</summary>
    private const double T95With19 = 2.093;

    /// <summary>The batches' mean and its interval; <paramref name="batches"/> must hold 20 values.</summary>
    public static Estimate OfBatches(IReadOnlyList<double> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        if (batches.Count != QueueSimulation.Batches)
        {
            throw new ArgumentException($"{QueueSimulation.Batches} batches are needed, not {batches.Count}.", nameof(batches));
        }

        var mean = batches.Average();
        var variance = batches.Sum(b => (b - mean) * (b - mean)) / (batches.Count - 1);
        var half = T95With19 * Math.Sqrt(variance / batches.Count);
        return new Estimate(mean, mean - half, mean + half);
    }

    public bool Contains(double value) => value >= Low && value <= High;
}
