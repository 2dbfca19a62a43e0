using NodaTime;

namespace Scheduler.Solver.Reporting;

/// <summary>A person's paid time in one Monday–Sunday week of the horizon, against what the contract asks that week.</summary>
/// <param name="Target">The contract's weekly hours, lowered by a fifth per absence day (see <see cref="Validation.ContractTarget"/>).</param>
public sealed record WeeklyHours(string StaffId, LocalDate WeekStart, Duration Paid, Duration Target, int Shifts)
{
    public Duration Difference => Paid - Target;
}
