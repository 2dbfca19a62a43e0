using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Tests.Quality;

/// <summary>Small builders for hand-computed cases, in Europe/Paris local time.</summary>
internal static class QualityTestData
{
    public static DateTimeZone Paris => RotaProblem.TimeZone;

    public static Instant At(int year, int month, int day, int hour, int minute, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(Paris).ToInstant();

    /// <summary>An answered call: offered at <paramref name="offered"/>, answered after <paramref name="waitSeconds"/>, handled for <paramref name="handlingSeconds"/>.</summary>
    public static CallRecord Answered(string id, Instant offered, int waitSeconds, int handlingSeconds, CallChannel channel = CallChannel.Phone)
    {
        var answered = offered + Duration.FromSeconds(waitSeconds);
        return new CallRecord(id, channel, offered, answered, answered + Duration.FromSeconds(handlingSeconds), "L1");
    }

    /// <summary>An abandoned call: the caller hung up <paramref name="afterSeconds"/> after being offered.</summary>
    public static CallRecord Abandoned(string id, Instant offered, int afterSeconds, CallChannel channel = CallChannel.Phone) =>
        new(id, channel, offered, null, offered + Duration.FromSeconds(afterSeconds), null);
}
