using System.Numerics;

namespace Scheduler.Tests.Staffing;

/// <summary>
/// An independent Erlang C in exact rational arithmetic, for checking the floating-point engine: with A = p/q,
/// C(N, A) = p^N / (R·(Nq − p) + p^N) where R = Σ_{k&lt;N} p^k·q^(N−1−k)·(N−1)!/k! (all integers), summed by Horner's rule.
/// Only the final quotient is rounded to a double.
/// </summary>
internal static class ExactErlangC
{
    /// <summary>C(N, p/q) and 1 − C(N, p/q), each rounded once; requires N·q &gt; p.</summary>
    public static (double Wait, double NoWait) Probabilities(int agents, BigInteger p, BigInteger q)
    {
        var last = agents - 1;
        var coefficient = BigInteger.One;
        var horner = BigInteger.One;
        for (var k = last - 1; k >= 0; k--)
        {
            coefficient *= q * (k + 1);
            horner = (horner * p) + coefficient;
        }

        var top = BigInteger.Pow(p, agents);
        var queueing = horner * ((agents * q) - p);
        var total = queueing + top;
        return (Ratio(top, total), Ratio(queueing, total));
    }

    /// <summary>numerator / denominator correctly rounded to a double (both positive).</summary>
    public static double Ratio(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.IsZero)
        {
            return 0;
        }

        var shift = (int)(denominator.GetBitLength() - numerator.GetBitLength()) + 64;
        var quotient = shift >= 0 ? (numerator << shift) / denominator : numerator / (denominator << -shift);
        return Math.ScaleB((double)quotient, -shift);
    }
}
