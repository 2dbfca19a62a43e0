namespace Scheduler.Solver.Staffing;

/// <summary>
/// Erlang B (blocking probability of M/M/N/N) by the forward recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)).
/// </summary>
/// <remarks>
/// The recursion never forms a factorial or a power, and each step multiplies the relative error of the previous one by
/// n / (n + A·B(n−1)) &lt; 1, so rounding errors do not grow: it is stable for any load and agent count.
/// It is the base of both <see cref="ErlangC"/> and <see cref="ErlangA"/>.
/// </remarks>
public static class ErlangB
{
    /// <summary>B(<paramref name="agents"/>, <paramref name="load"/>) in O(agents) steps.</summary>
    public static double Blocking(int agents, double load)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        var blocking = 1.0;
        for (var n = 1; n <= agents && blocking > 0; n++)
        {
            // Once B underflows to 0 it stays 0: stop early, so a huge agent count costs nothing.
            blocking = Next(blocking, n, load);
        }

        return blocking;
    }

    /// <summary>B(n, A) from B(n − 1, A): lets a search over agent counts advance in O(1) per step.</summary>
    public static double Next(double previousBlocking, int agents, double load)
    {
        var carried = load * previousBlocking;
        return carried / (agents + carried);
    }
}
