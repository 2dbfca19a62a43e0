using NodaTime;

namespace Scheduler.Solver.Quality;

/// <summary>Report periods, in local dates.</summary>
public enum PeriodKind
{
    Day,
    /// <summary>Monday to Sunday.</summary>
    Week,
    /// <summary>Calendar month.</summary>
    Month,
}

public static class Periods
{
    /// <summary>The first date of the period of <paramref name="kind"/> that contains <paramref name="date"/>.</summary>
    public static LocalDate StartOf(PeriodKind kind, LocalDate date) => kind switch
    {
        PeriodKind.Day => date,
        PeriodKind.Week => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        PeriodKind.Month => date.With(DateAdjusters.StartOfMonth),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period."),
    };

    /// <summary>The first date after the period that starts on <paramref name="start"/> (exclusive end).</summary>
    public static LocalDate EndOf(PeriodKind kind, LocalDate start) => kind switch
    {
        PeriodKind.Day => start.PlusDays(1),
        PeriodKind.Week => start.PlusWeeks(1),
        PeriodKind.Month => start.PlusMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period."),
    };

    /// <summary>The last whole period before the one containing <paramref name="today"/> (yesterday, last week, last month).</summary>
    public static LocalDate PreviousStart(PeriodKind kind, LocalDate today) => kind switch
    {
        PeriodKind.Day => today.PlusDays(-1),
        PeriodKind.Week => StartOf(kind, today).PlusWeeks(-1),
        PeriodKind.Month => StartOf(kind, today).PlusMonths(-1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period."),
    };
}
