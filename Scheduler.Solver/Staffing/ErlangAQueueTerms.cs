namespace Scheduler.Solver.Staffing;

/// <summary>
/// The queue states of Erlang A relative to the state "all N agents busy, nobody queued": t_k = Π_{i≤k} A/(N + iγ),
/// scaled by the largest term so that nothing overflows however large the load.
/// </summary>
/// <param name="LogScale">ln of the largest t_k; every sum below is divided by e^LogScale.</param>
/// <param name="Mass">Σ t_k (k ≥ 0), scaled.</param>
/// <param name="WeightedMass">Σ k·t_k, scaled: the mean queue length before normalisation.</param>
/// <param name="AnswerPrefix">Entry j is Σ_{k&lt;j} t_k·N/(N + (k+1)γ), scaled: the callers answered (ever) among those who found fewer than j queued.</param>
internal sealed record ErlangAQueueTerms(double LogScale, double Mass, double WeightedMass, IReadOnlyList<double> AnswerPrefix)
{
    public static ErlangAQueueTerms Sum(int agents, double load, double gamma)
    {
        var logLoad = Math.Log(load);
        var peak = PeakIndex(agents, load, gamma);
        var logScale = 0.0;
        for (var i = 1; i <= peak; i++)
        {
            logScale += logLoad - Math.Log(agents + (i * gamma));
        }

        var prefix = new List<double> { 0 };
        var mass = 0.0;
        var weighted = 0.0;
        var logTerm = -logScale;
        for (var k = 0; ; k++)
        {
            var term = Math.Exp(logTerm);
            mass += term;
            weighted += k * term;
            prefix.Add(prefix[k] + (term * agents / (agents + ((k + 1) * gamma))));
            var ratio = load / (agents + ((k + 1) * gamma));
            if (k >= peak && ratio < 1 && TailIsNegligible(term, ratio, k, mass, weighted))
            {
                break;
            }

            if (k >= ErlangA.MaxTerms)
            {
                throw new ArgumentException("The mean patience is too long for this overloaded queue: the Erlang A series does not settle; use Erlang C.");
            }

            logTerm += logLoad - Math.Log(agents + ((k + 1) * gamma));
        }

        return new ErlangAQueueTerms(logScale, mass, weighted, prefix);
    }

    /// <summary>Terms grow while A/(N + kγ) ≥ 1, so the largest is at k = ⌊(A − N)/γ⌋ when A &gt; N, else at k = 0.</summary>
    private static int PeakIndex(int agents, double load, double gamma)
    {
        if (load <= agents)
        {
            return 0;
        }

        var peak = Math.Floor((load - agents) / gamma);
        if (peak > ErlangA.MaxTerms)
        {
            throw new ArgumentException("The mean patience is too long for this overloaded queue: the Erlang A series does not settle; use Erlang C.");
        }

        return (int)peak;
    }

    /// <summary>After the peak each ratio is below the current one, so the rest is bounded by geometric series.</summary>
    private static bool TailIsNegligible(double term, double ratio, int k, double mass, double weighted)
    {
        var geometric = ratio / (1 - ratio);
        var massTail = term * geometric;
        var weightedTail = term * ((k * geometric) + (geometric / (1 - ratio)));
        return massTail <= ErlangA.Negligible * mass && weightedTail <= ErlangA.Negligible * weighted;
    }
}
