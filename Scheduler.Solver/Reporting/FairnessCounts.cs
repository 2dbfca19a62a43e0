using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Reporting;

/// <summary>
/// What fairness compares for one person over the counted period (from <see cref="Domain.RotaProblem.FairnessFrom"/>, the
/// history's shifts included, to the horizon's end): weekend days, late shifts (ending at closing) and public-holiday days
/// worked, and what their dates away are credited (before the horizon and inside it). People of the same role and contract
/// hours are compared with each other.
/// </summary>
public sealed record FairnessCounts(string StaffId, int WeekendDays, int LateShifts, int Holidays)
{
    /// <summary>The part of the counts credited for dates away (see <see cref="Rostering.Rules.AbsenceCredit"/>).</summary>
    public FairnessLoad Credited { get; init; } = FairnessLoad.None;
}
