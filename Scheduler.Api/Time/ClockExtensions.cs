using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Time;

public static class ClockExtensions
{
    /// <summary>Today's date on the line (Europe/Paris), which is what "today" means for contracts and rotas.</summary>
    public static LocalDate Today(this IClock clock) => clock.GetCurrentInstant().InZone(RotaProblem.TimeZone).Date;

    /// <summary>The date and time on the line's clocks now (Europe/Paris), to compare with a shift's date and start.</summary>
    public static LocalDateTime LocalNow(this IClock clock) => clock.GetCurrentInstant().InZone(RotaProblem.TimeZone).LocalDateTime;
}
