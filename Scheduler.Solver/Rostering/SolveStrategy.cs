namespace Scheduler.Solver.Rostering;

/// <summary>How a horizon is searched.</summary>
public enum SolveStrategy
{
    /// <summary>One week: the whole horizon at once. Several weeks: week by week, then the whole horizon when its model is small.</summary>
    Auto,

    /// <summary>CP-SAT on the whole horizon at once.</summary>
    Monolithic,

    /// <summary>
    /// Each week in turn with the weeks before it as history, a quick pass for a first rota then a pass that improves each
    /// week; then, when the whole-horizon model is small enough, CP-SAT on it hinted with that rota for the time left.
    /// </summary>
    WeekByWeek,
}
