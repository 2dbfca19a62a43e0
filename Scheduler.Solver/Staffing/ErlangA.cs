namespace Scheduler.Solver.Staffing;

/// <summary>
/// Erlang A (Palm's M/M/N+M): N agents, Poisson arrivals, exponential handling times, and callers who hang up after an
/// exponential patience if still waiting.
/// </summary>
/// <remarks>
/// <para>
/// Method: the exact steady state of the birth–death chain (birth λ; death n·μ for n ≤ N, N·μ + (n − N)·θ above), with
/// time measured in handling times (μ = 1, offered load A = λ/μ, γ = θ/μ). Up to N the weights are the Erlang B terms,
/// so the mass of the states below N relative to state N is (1 − B)/B with B from the stable <see cref="ErlangB"/>
/// recursion. Above N, t_k = π(N+k)/π(N) = Π_{i≤k} A/(N + iγ); these terms are summed in log space relative to their
/// largest one, so no factorial, power or overflow appears, and the sum stops once the geometric bound of its tail is
/// below 1e-17 of it.
/// </para>
/// <para>
/// P(wait) = Σ t_k / ((1 − B)/B + Σ t_k); mean queue L = Σ k·π(N+k); P(abandon) = θ·L/λ; ASA = L/λ (Little).
/// Service level: a caller who finds k others queued is answered after k + 1 queue moves of rates N + jγ, and only if
/// it is still there; this gives P(answered within T | k) = N/(N + (k+1)γ) · P(Σ_{i=1..k+1} Exp(N + iγ) ≤ T), and that
/// sum of exponentials satisfies e^(−γ·sum) ~ Beta(N/γ + 1, k + 1), so its distribution is one minus a negative binomial
/// cumulative sum. Exchanging the two sums leaves only positive terms (see <see cref="ErlangAServiceLevel"/>).
/// As θ → 0 every figure tends to its <see cref="ErlangC"/> value.
/// </para>
/// </remarks>
public static class ErlangA
{
    /// <summary>Relative size below which the rest of a series is dropped.</summary>
    internal const double Negligible = 1e-17;

    /// <summary>Guard against inputs whose queue would need more terms than any sensible call centre (patience near infinite on an overloaded queue).</summary>
    internal const int MaxTerms = 50_000_000;

    public static ErlangAResult Evaluate(CallLoad load, int agents, double meanPatienceSeconds, double targetSeconds)
    {
        load.Validated();
        ErlangC.ValidateAgentsAndTarget(agents, targetSeconds);
        if (!double.IsFinite(meanPatienceSeconds) || meanPatienceSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(meanPatienceSeconds), meanPatienceSeconds, "The mean patience must be a finite number of seconds, more than 0 (use Erlang C for callers who never hang up).");
        }

        var offered = load.OfferedLoad;
        if (offered == 0)
        {
            return new ErlangAResult(0, 0, 0, 1, 0, 0);
        }

        var blocking = ErlangB.Blocking(agents, offered);
        if (blocking == 0)
        {
            // B(N, A) below the smallest double: waiting is rarer than anything a double can hold.
            return new ErlangAResult(offered, 0, 0, 1, 0, offered / agents);
        }

        var gamma = load.AhtSeconds / meanPatienceSeconds;
        var queue = ErlangAQueueTerms.Sum(agents, offered, gamma);
        var (noWait, normaliser) = Normalise(Math.Log(1 - blocking) - Math.Log(blocking) - queue.LogScale, queue.Mass);
        var meanQueue = queue.WeightedMass * normaliser;
        var abandonment = Math.Min(1, gamma * meanQueue / offered);
        var answeredAfterWait = ErlangAServiceLevel.AnsweredWithin(agents, gamma, targetSeconds / load.AhtSeconds, queue.AnswerPrefix);
        var serviceLevel = Math.Min(1, noWait + (answeredAfterWait * normaliser));
        var occupancy = agents == 0 ? 0 : offered * (1 - abandonment) / agents;
        return new ErlangAResult(
            offered,
            Math.Min(1, queue.Mass * normaliser),
            abandonment,
            serviceLevel,
            meanQueue * load.AhtSeconds / offered,
            Math.Min(1, occupancy));
    }

    /// <summary>
    /// P(no wait) and 1 / (head + mass) from ln(head) (the states below N, relative to the scaled queue terms) and the
    /// queue mass (at least 1, its largest term). Whichever of head and mass is larger divides the other, so neither
    /// e^(ln head) nor its inverse can overflow when B(N, A) is near the smallest double.
    /// </summary>
    private static (double NoWait, double Normaliser) Normalise(double logHead, double mass)
    {
        if (logHead > 0)
        {
            var inverseHead = Math.Exp(-logHead);
            return (1 / (1 + (mass * inverseHead)), inverseHead / (1 + (mass * inverseHead)));
        }

        var head = Math.Exp(logHead);
        return (head / (head + mass), 1 / (head + mass));
    }
}
