namespace Scheduler.Solver.Staffing;

/// <summary>Small numeric helpers the base library lacks or computes inaccurately.</summary>
internal static class Numerics
{
    /// <summary>
    /// e^x − 1 without the cancellation of <c>Math.Exp(x) - 1</c> near 0 (Kahan's trick: the rounding error of u = e^x
    /// cancels in (u − 1)·x / ln u). <c>double.ExpM1</c> is computed as Exp(x) − 1 on .NET, hence this helper.
    /// </summary>
    public static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        if (um1 == -1.0 || double.IsInfinity(u))
        {
            return um1;
        }

        return um1 * x / Math.Log(u);
    }

    /// <summary>1 − e^(−x) for x ≥ 0, accurate to the last bits for small x.</summary>
    public static double OneMinusExpNegative(double x) => -ExpM1(-x);
}
