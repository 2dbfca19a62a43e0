using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Scheduler.Api.Time;

/// <summary>JSON of the API: NodaTime values in ISO forms, enums as their names, times of day as "HH:mm" (seconds accepted).</summary>
public static class ApiJson
{
    /// <summary>Reads "09:00" and "09:00:00"; writes "09:00" unless the time has seconds.</summary>
    /// <remarks>A composite pattern formats with the last pattern whose predicate holds, so "HH:mm" comes last.</remarks>
    public static readonly IPattern<LocalTime> TimeOfDay = new CompositePatternBuilder<LocalTime>
    {
        { LocalTimePattern.ExtendedIso, _ => true },
        { LocalTimePattern.CreateWithInvariantCulture("HH:mm"), t => t.Second == 0 && t.NanosecondOfSecond == 0 },
    }.Build();

    public static void Configure(JsonSerializerOptions options)
    {
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        // First in the list, so it wins over the ISO converter ConfigureForNodaTime added.
        options.Converters.Insert(0, new NodaPatternConverter<LocalTime>(TimeOfDay));
        options.Converters.Add(new JsonStringEnumConverter());
    }
}
