using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

public sealed class CalendarEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Feed_AfterPublish_HasOneEventPerPublishedShiftAndRevocationEndsIt()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var draftOnly = await RotaApi.ImportAsync(factory, "2026-12-14", RotaApi.Shift(me, "2026-12-15", "09:00", "15:00"));
        var rota = await RotaApi.ImportAsync(factory, "2026-11-30",
            RotaApi.Shift(me, "2026-11-30", "09:00", "17:00", "12:00", "12:45"),
            RotaApi.Shift(me, "2026-12-02", "14:00", "20:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var anonymous = factory.CreateClient();

        var url = (await listener.GetFromJsonAsync<JsonElement>("/api/me/calendar")).GetProperty("url").GetString()!;
        var sameUrl = (await listener.GetFromJsonAsync<JsonElement>("/api/me/calendar")).GetProperty("url").GetString();
        using var feed = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        var text = await feed.Content.ReadAsStringAsync();
        using var revoked = await listener.DeleteAsync("/api/me/calendar");
        using var afterRevoke = await anonymous.GetAsync(new Uri(url).PathAndQuery);

        Assert.Equal(url, sameUrl);
        Assert.Matches(@"/calendar/[A-Za-z0-9_-]{40,}\.ics$", url);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, text.Split('\n').Count(l => l.TrimEnd('\r') == "BEGIN:VEVENT"));
        foreach (var assignment in rota.GetProperty("assignments").EnumerateArray().Where(a => a.GetProperty("staffId").GetGuid() == me))
        {
            Assert.Contains($"UID:{assignment.GetProperty("id").GetGuid()}@3133-scheduler", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(draftOnly.GetProperty("assignments")[0].GetProperty("id").GetGuid().ToString(), text, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261125T090000Z", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
    }
}
