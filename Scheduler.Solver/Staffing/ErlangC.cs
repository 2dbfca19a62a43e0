namespace Scheduler.Solver.Staffing;

/// <summary>
/// Erlang C: N agents, Poisson arrivals, exponential handling times, callers who wait as long as it takes (M/M/N).
/// </summary>
/// <remarks>
/// With offered load A (erlangs), handling time h and target time T:
/// C(N, A) = N·B / (N − A + A·B) where B = B(N, A) is <see cref="ErlangB"/>;
/// service level SL = 1 − C·e^(−(N − A)·T / h), computed as (1 − C) + C·(1 − e^(−(N − A)·T / h)) with
/// 1 − C = (N − A)(1 − B) / (N − A + A·B), so that no term cancels;
/// average speed of answer ASA = C·h / (N − A); occupancy = A / N.
/// When N ≤ A (and A &gt; 0) the queue grows without bound: P(wait) = 1, SL = 0, ASA = null, occupancy = 1.
/// With no traffic (A = 0) nobody waits: P(wait) = 0, SL = 1, ASA = 0, occupancy = 0.
/// </remarks>
public static class ErlangC
{
    public static ErlangCResult Evaluate(CallLoad load, int agents, double targetSeconds)
    {
        load.Validated();
        ValidateAgentsAndTarget(agents, targetSeconds);
        var offered = load.OfferedLoad;
        return FromBlocking(agents, offered, ErlangB.Blocking(agents, offered), load.AhtSeconds, targetSeconds);
    }

    /// <summary>C(N, A): probability that a call waits.</summary>
    public static double ProbabilityOfWait(int agents, double load) =>
        Figures(agents, load, 1, 0).ProbabilityOfWait;

    /// <summary>P(wait ≤ <paramref name="targetSeconds"/>) over all calls.</summary>
    public static double ServiceLevel(int agents, double load, double ahtSeconds, double targetSeconds) =>
        Figures(agents, load, ahtSeconds, targetSeconds).ServiceLevel;

    /// <summary>Mean wait over all calls in seconds, or null when agents ≤ load.</summary>
    public static double? AverageSpeedOfAnswerSeconds(int agents, double load, double ahtSeconds) =>
        Figures(agents, load, ahtSeconds, 0).AverageSpeedOfAnswerSeconds;

    public static double Occupancy(int agents, double load) => Figures(agents, load, 1, 0).Occupancy;

    /// <summary>All figures from an already known B(N, A), so a search over N can advance the recursion one step at a time.</summary>
    internal static ErlangCResult FromBlocking(int agents, double load, double blocking, double ahtSeconds, double targetSeconds)
    {
        var shape = Shape(agents, load, blocking);
        if (!shape.Stable)
        {
            return new ErlangCResult(load, shape.ProbabilityOfWait, 0, null, shape.Occupancy);
        }

        if (load == 0)
        {
            return new ErlangCResult(0, 0, 1, 0, 0);
        }

        var spare = agents - load;
        var waitFactor = Numerics.OneMinusExpNegative(spare * targetSeconds / ahtSeconds);
        var serviceLevel = shape.ProbabilityOfNoWait + (shape.ProbabilityOfWait * waitFactor);
        var asa = shape.ProbabilityOfWait * ahtSeconds / spare;
        return new ErlangCResult(load, shape.ProbabilityOfWait, Math.Min(1, serviceLevel), asa, shape.Occupancy);
    }

    /// <summary>Validates like <see cref="Evaluate"/>, then computes with <paramref name="load"/> exactly as given.</summary>
    private static ErlangCResult Figures(int agents, double load, double ahtSeconds, double targetSeconds)
    {
        new CallLoad(load, ahtSeconds, ahtSeconds).Validated();
        ValidateAgentsAndTarget(agents, targetSeconds);
        return FromBlocking(agents, load, ErlangB.Blocking(agents, load), ahtSeconds, targetSeconds);
    }

    internal static void ValidateAgentsAndTarget(int agents, double targetSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        if (!double.IsFinite(targetSeconds) || targetSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(targetSeconds), targetSeconds, "The target answer time must be a finite number of seconds, 0 or more.");
        }
    }

    private static QueueShape Shape(int agents, double load, double blocking)
    {
        if (load == 0)
        {
            return new QueueShape(true, 0, 1, 0);
        }

        if (agents <= load)
        {
            return new QueueShape(false, 1, 0, 1);
        }

        var spare = agents - load;
        var denominator = spare + (load * blocking);
        var wait = agents * blocking / denominator;
        var noWait = spare * (1 - blocking) / denominator;
        return new QueueShape(true, Math.Min(1, wait), noWait, load / agents);
    }

    private readonly record struct QueueShape(bool Stable, double ProbabilityOfWait, double ProbabilityOfNoWait, double Occupancy);
}
