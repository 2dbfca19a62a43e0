using Google.OrTools.LinearSolver;
using LpSolver = Google.OrTools.LinearSolver.Solver;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// Slack columns of the master's rows (<see cref="PatternMaster"/>): the need's under- and over-coverage at their prices,
/// and the artificial slack that keeps the LP feasible before the columns can hold a floor, a class's size or its hours.
/// </summary>
internal static class MasterSlack
{
    /// <summary>The row with an artificial slack at <paramref name="prohibitive"/> per unit (none when it is 0: the integer master).</summary>
    /// <param name="tally">Where to list the slack, when its cost is counted apart.</param>
    public static Constraint Floor(LpSolver lp, double prohibitive, Constraint row, List<Variable>? tally = null)
    {
        Add(lp, row, prohibitive > 0 ? double.PositiveInfinity : 0, prohibitive, tally: tally);
        return row;
    }

    /// <summary>A slack column of the row: it adds <paramref name="sign"/> per unit, up to <paramref name="most"/>, at <paramref name="price"/> each.</summary>
    /// <param name="tally">Where to list the slack, when its cost is counted apart.</param>
    public static void Add(LpSolver lp, Constraint row, double most, double price, int sign = 1, List<Variable>? tally = null)
    {
        if (most <= 0)
        {
            return;
        }

        var slack = lp.MakeNumVar(0, most, string.Empty);
        row.SetCoefficient(slack, sign);
        lp.Objective().SetCoefficient(slack, Math.Abs(price));
        tally?.Add(slack);
    }
}
