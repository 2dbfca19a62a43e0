using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>
/// People wanted on one shift definition on one date ("2 people on the early shift"), a soft goal: each person missing costs
/// <see cref="UnderWeight"/>, each person beyond <see cref="Required"/> costs <see cref="OverWeight"/>.
/// </summary>
public sealed record ShiftCover(LocalDate Date, string ShiftId, int Required, int UnderWeight, int OverWeight);
