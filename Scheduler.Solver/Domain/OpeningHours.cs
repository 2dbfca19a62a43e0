using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>The line's opening on one local date (Europe/Paris). <see cref="Close"/> is exclusive; a closed day has no entry.</summary>
public sealed record OpeningHours(LocalDate Date, LocalTime Open, LocalTime Close)
{
    public Duration Length => Period.Between(Open, Close).ToDuration();
}
