namespace Scheduler.Solver.Rostering.Columns;

/// <summary>What a solve of the master (<see cref="PatternMaster"/>) answered: its value, the column values and, for the LP, the duals the pricing reads.</summary>
/// <param name="SlotValue">Dual value of a member of a class on the floor, by (class, day of week, slot).</param>
/// <param name="WeekendValue">Per class, the dual value of a pattern that works a weekend day (its weekend rows, see <see cref="WeekendRunRows"/>).</param>
internal sealed record MasterSolution(double Value, double[] Columns, Func<int, int, int, double> SlotValue, double[] PaidValue, double[] SizeValue, double[] WeekendValue)
{
    /// <summary>
    /// The part of <see cref="Value"/> in the managers' block: their columns, runs and the slack of their rows. The blocks
    /// share no row, so the LP's optimum is the sum of the two blocks' optima.
    /// </summary>
    public double ManagerValue { get; init; }

    /// <summary>The LP's simplex iterations: what its solve took, the same on every run.</summary>
    public long Iterations { get; init; }

    /// <summary>Per class, what its fairness counts are worth (<see cref="FairnessRows"/>), or null when the master prices no fairness.</summary>
    public IReadOnlyList<LoadValue>? LoadValue { get; init; }
}
