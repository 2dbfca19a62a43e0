using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Features.SelfService;

namespace Scheduler.Tests.Api;

/// <summary>A listener sees what a new publication changed in their coming shifts, on the API and on "Mes horaires".</summary>
public sealed class MyShiftChangesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Republished_Week_ListsMyMovedRemovedAndAddedShiftsAndNothingElse()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var colleague = await RotaApi.SomeoneElseAsync(factory, me);
        var first = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2026-12-07",
            RotaApi.Shift(me, "2026-12-08", "09:00", "16:00", "12:00", "12:45"), RotaApi.Shift(me, "2026-12-10", "13:00", "20:00", "16:00", "16:45"),
            RotaApi.Shift(me, "2026-12-11", "09:00", "13:00"), RotaApi.Shift(colleague, "2026-12-09", "09:00", "13:00")));
        await PublishAsync(first);
        using var listener = await factory.ClientAsync(Roles.Listener);
        // The week's first rota changes nothing: there was none before it.
        Assert.Equal(0, (await listener.GetFromJsonAsync<JsonElement>("/api/me/changes")).GetArrayLength());

        // A day later, the week again: Thursday moves, Friday goes, Saturday comes, Tuesday and the colleague stay the same.
        factory.Clock.Advance(Duration.FromDays(1));
        var second = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2026-12-07",
            RotaApi.Shift(me, "2026-12-08", "09:00", "16:00", "12:00", "12:45"), RotaApi.Shift(me, "2026-12-10", "09:00", "16:00", "12:00", "12:45"),
            RotaApi.Shift(me, "2026-12-12", "09:00", "15:00", "12:00", "12:45"), RotaApi.Shift(colleague, "2026-12-09", "14:00", "18:00")));
        await PublishAsync(second);

        var changes = (await listener.GetFromJsonAsync<JsonElement>("/api/me/changes")).EnumerateArray()
            .Select(c => (c.GetProperty("date").GetString(), c.GetProperty("change").GetString(), Time(c, "fromStart"), Time(c, "toStart")))
            .ToList();
        Assert.Equal(
            [("2026-12-10", "moved", "13:00", "09:00"), ("2026-12-11", "removed", "09:00", null), ("2026-12-12", "added", null, "09:00")],
            changes);

        using var page = await factory.CookieClientAsync(Roles.Listener);
        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/mes-horaires"));
        Assert.Contains("3 changements dans mon planning", html, StringComparison.Ordinal);
        Assert.Contains("jeudi 10/12/2026 : 13:00–20:00 devient 09:00–16:00", html, StringComparison.Ordinal);
        Assert.Contains("vendredi 11/12/2026 : service supprimé (c'était 09:00–13:00)", html, StringComparison.Ordinal);
        Assert.Contains("samedi 12/12/2026 : nouveau service 09:00–15:00", html, StringComparison.Ordinal);

        // Two weeks on, that publication is no news.
        factory.Clock.Advance(Duration.FromDays(MyShiftChanges.RecentDays) + Duration.FromMinutes(1));
        Assert.Equal(0, (await listener.GetFromJsonAsync<JsonElement>("/api/me/changes")).GetArrayLength());
    }

    private async Task PublishAsync(Guid rotaId)
    {
        using var published = await RotaApi.PublishAsync(factory, rotaId);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    private static string? Time(JsonElement change, string name) =>
        change.GetProperty(name).ValueKind == JsonValueKind.Null ? null : change.GetProperty(name).GetString();
}
