namespace Scheduler.Solver.Rostering.Columns;

/// <summary>
/// What the master's fairness rows (<see cref="FairnessRows"/>) make a class's week worth per count it adds: a weekend day
/// worked, a late shift (ending at closing), a public holiday worked. Negative where the count costs the master.
/// </summary>
internal sealed record LoadValue(double WeekendDay, double LateShift, double Holiday)
{
    public static LoadValue None { get; } = new(0, 0, 0);
}
