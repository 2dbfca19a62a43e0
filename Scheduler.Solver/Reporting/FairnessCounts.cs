namespace Scheduler.Solver.Reporting;

/// <summary>
/// What fairness compares for one person over the counted period (from <see cref="Domain.RotaProblem.FairnessFrom"/>, the
/// history's shifts included, to the horizon's end): weekend days, late shifts (ending at closing) and public-holiday days
/// worked. People of the same role and contract hours are compared with each other.
/// </summary>
public sealed record FairnessCounts(string StaffId, int WeekendDays, int LateShifts, int Holidays);
