using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// One week of a horizon with every hard rule that reaches past it dropped: whatever rota keeps the horizon's rules also
/// keeps the week's, so a week alone proven to keep no rota proves the horizon keeps none, and names the week. What goes:
/// the contract totals over several weeks (each week keeps the band, as every week of a horizon does), the history before
/// a later week (the weeks before it are unknown here: the rest, six-days-in-seven and average rules lose what reached
/// back into them), the limits over the horizon (work-pattern limits count the whole horizon) and the soft inputs (a
/// published rota, the fairness carried in). A week's own rules stay: its floors, leave, pins, days off, daily and weekly
/// limits.
/// </summary>
internal static class WeekRelaxation
{
    /// <summary>Week <paramref name="w"/> of <paramref name="problem"/> (0-based), relaxed as the class says.</summary>
    public static RotaProblem Of(RotaProblem problem, int w)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var start = problem.Start.PlusDays(7 * w);
        var end = start.PlusDays(6);
        return problem with
        {
            Start = start,
            Weeks = 1,

            // The first week keeps the history just before it: its rules across the boundary are the horizon's own.
            History = w == 0 ? problem.History : [],
            Reference = [],
            Pinned = [.. problem.Pinned.Where(a => a.Date >= start && a.Date <= end)],
            Staff = [.. problem.Staff.Select(s => s with { Limits = WorkLimits.None, CarriedMinutes = 0 })],

            // No reference period: one week is then held to the band alone (ContractTargets.FullTimeLeeway).
            ReferencePeriodEnd = null,
            ReferencePeriodWeeks = 0,
            FairnessFrom = null,
        };
    }
}
