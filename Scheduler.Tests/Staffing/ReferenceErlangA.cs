namespace Scheduler.Tests.Staffing;

/// <summary>
/// An independent Erlang A for checking the engine, written the plain way: the birth–death chain's log weights
/// accumulated outward from the most likely state (so the weights that matter stay near 0 and keep their precision),
/// normalised by log-sum-exp, and the service level from the integral form
/// SL = P(n &lt; N) + π_N·N·∫_0^τ exp(−(N + γ)s + (A/γ)(1 − e^(−γs))) ds (time in handling times), by Simpson's rule.
/// </summary>
internal static class ReferenceErlangA
{
    public sealed record Figures(double ProbabilityOfWait, double Abandonment, double ServiceLevel, double AsaSeconds);

    public static Figures Compute(double load, int agents, double ahtSeconds, double patienceSeconds, double targetSeconds)
    {
        var gamma = ahtSeconds / patienceSeconds;
        double Rate(int n) => n <= agents ? n : agents + ((n - agents) * gamma);

        var mode = 0;
        while (load / Rate(mode + 1) >= 1)
        {
            mode++;
        }

        var logWeights = new Dictionary<int, double> { [mode] = 0 };
        for (var n = mode - 1; n >= 0; n--)
        {
            logWeights[n] = logWeights[n + 1] - Math.Log(load / Rate(n + 1));
        }

        for (var n = mode + 1; n <= agents || logWeights[n - 1] > Math.Min(-60, logWeights[agents] - 60); n++)
        {
            logWeights[n] = logWeights[n - 1] + Math.Log(load / Rate(n));
        }

        var total = logWeights.Values.Sum(Math.Exp);
        double Probability(int n) => Math.Exp(logWeights[n]) / total;

        var below = logWeights.Keys.Where(n => n < agents).Sum(Probability);
        var wait = logWeights.Keys.Where(n => n >= agents).Sum(Probability);
        var queue = logWeights.Keys.Where(n => n > agents).Sum(n => (n - agents) * Probability(n));
        var tau = targetSeconds / ahtSeconds;
        var logAtAgents = logWeights[agents] - Math.Log(total);
        double Integrand(double s) => Math.Exp(logAtAgents + Math.Log(agents) - ((agents + gamma) * s) + (load / gamma * OneMinusExpNegative(gamma * s)));
        var answeredLate = agents == 0 || tau == 0 ? 0 : Simpson(Integrand, tau, 20_000);
        return new Figures(wait, gamma * queue / load, below + answeredLate, queue / load * ahtSeconds);
    }

    private static double Simpson(Func<double, double> f, double end, int intervals)
    {
        var h = end / intervals;
        var sum = f(0) + f(end);
        for (var i = 1; i < intervals; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * f(i * h);
        }

        return sum * h / 3;
    }

    /// <summary>1 − e^(−x): Taylor series near 0, Exp elsewhere (kept apart from the engine's own helper on purpose).</summary>
    private static double OneMinusExpNegative(double x) =>
        Math.Abs(x) < 1e-3 ? x * (1 - (x / 2 * (1 - (x / 3 * (1 - (x / 4 * (1 - (x / 5)))))))) : 1 - Math.Exp(-x);
}
