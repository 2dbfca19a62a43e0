namespace Scheduler.Solver.Staffing;

/// <summary>The part of the Erlang A service level made of callers who queue and are answered within the target.</summary>
internal static class ErlangAServiceLevel
{
    /// <summary>
    /// Σ_k t_k · N/(N + (k+1)γ) · P(T_{k+1} ≤ τ), scaled like <paramref name="answerPrefix"/>, where T_m is the time for m queue
    /// moves. With y = 1 − e^(−γτ) and c = N/γ + 1, P(T_m &gt; τ) = Σ_{j&lt;m} q_j with the negative binomial terms
    /// q_0 = e^(−(N+γ)τ), q_j = q_{j−1}·y·(j − 1 + c)/j. Exchanging the sums gives Σ_{j≥1} q_j · prefix(j): only positive terms.
    /// </summary>
    /// <param name="tau">Target answer time in handling times.</param>
    public static double AnsweredWithin(int agents, double gamma, double tau, IReadOnlyList<double> answerPrefix)
    {
        if (tau == 0 || agents == 0)
        {
            return 0;
        }

        var last = answerPrefix.Count - 1;
        var answeredEver = answerPrefix[last];
        var logY = Math.Log(Numerics.OneMinusExpNegative(gamma * tau));
        var shape = (agents / gamma) + 1;
        var logQ = -(agents + gamma) * tau;
        var cumulative = Math.Exp(logQ);
        var sum = 0.0;
        for (var j = 1; j <= last; j++)
        {
            logQ += NextLogRatio(logY, shape, j);
            var q = Math.Exp(logQ);
            sum += q * answerPrefix[j];
            cumulative += q;
        }

        if (cumulative <= 0.5)
        {
            // The rest of the q's sums to 1 − cumulative ≥ 0.5: no cancellation in the subtraction.
            return sum + (answeredEver * (1 - cumulative));
        }

        for (var j = last + 1; j - last < ErlangA.MaxTerms; j++)
        {
            logQ += NextLogRatio(logY, shape, j);
            var q = Math.Exp(logQ);
            sum += q * answeredEver;
            var ratio = Math.Exp(logY + Math.Log(j + shape) - Math.Log(j + 1));
            if (ratio < 1 && q * ratio / (1 - ratio) <= ErlangA.Negligible * sum)
            {
                break;
            }
        }

        return sum;
    }

    private static double NextLogRatio(double logY, double shape, int j) => logY + Math.Log(j - 1 + shape) - Math.Log(j);
}
