using System.Net;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Auth;
using Scheduler.Api.Features.Calls;

namespace Scheduler.Tests.Api;

/// <summary>Call records imported through the API, for the tests of what the service reads from them.</summary>
internal static class CallImports
{
    /// <summary>A CSV row of a call whose caller hung up <paramref name="afterSeconds"/> after it was offered.</summary>
    public static string Abandon(string id, string channel, Instant offered, int afterSeconds) =>
        $"{id},{channel},{InstantPattern.General.Format(offered)},,{InstantPattern.General.Format(offered + Duration.FromSeconds(afterSeconds))},\n";

    /// <summary><paramref name="count"/> phone callers of Tuesday 24/11/2026 (the day before the tests' today), one a minute from 09:00 UTC, each hanging up after <paramref name="afterSeconds"/>.</summary>
    public static Task GaveUpAsync(ApiFactory factory, int count, int afterSeconds, string prefix = "gone") =>
        ImportAsync(factory, string.Concat(Enumerable.Range(0, count).Select(i => Abandon($"{prefix}-{i}", "phone", Instant.FromUtc(2026, 11, 24, 9, 0) + Duration.FromMinutes(i), afterSeconds))));

    /// <summary>Imports <paramref name="rows"/> (without the header) as a manager; the import must succeed.</summary>
    public static async Task ImportAsync(ApiFactory factory, string rows)
    {
        using var api = await factory.ClientAsync(Roles.Manager);
        using var imported = await api.PostAsync("/api/calls/import", new StringContent($"{CallCsvParser.ExpectedHeader}\n{rows}", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
    }
}
