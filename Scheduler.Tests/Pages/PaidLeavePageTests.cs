using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// A leave request's card, the person page, <c>GET /api/staff/{id}/leave</c>, and for the person themselves "Mes horaires"
/// and <c>GET /api/me/leave</c>, give the person's paid leave of the period.
/// </summary>
public sealed class PaidLeavePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task LeaveRequest_ItsCardSaysTheLeaveEarnedTakenAndAsked_AsThePersonPageAndTheApi()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);
        (await manager.PostAsJsonAsync($"/api/staff/{me}/absences", new { from = "2026-08-10", to = "2026-08-14", kind = "Leave" })).EnsureSuccessStatusCode().Dispose();
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2026-12-14", to = "2026-12-19", kind = "Leave" });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var requestId = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        using var page = await factory.CookieClientAsync(Roles.Manager);

        var api = await manager.GetFromJsonAsync<JsonElement>($"/api/staff/{me}/leave");
        var requests = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion/demandes"));
        var person = WebUtility.HtmlDecode(await page.GetStringAsync($"/gestion/equipe/{me}"));
        var mine = await listener.GetFromJsonAsync<JsonElement>("/api/me/leave");
        using var listenerPage = await factory.CookieClientAsync(Roles.Listener);
        var myShifts = WebUtility.HtmlDecode(await listenerPage.GetStringAsync("/mes-horaires"));

        var earned = api.GetProperty("earned").GetInt32();
        Assert.Equal("2026-06-01", api.GetProperty("periodStart").GetString());
        Assert.InRange(earned, 1, 13);
        Assert.Equal((5, 0), (api.GetProperty("taken").GetInt32(), api.GetProperty("booked").GetInt32()));
        var line = $"Congés payés depuis le 01/06/2026 : {earned} jour(s) ouvrable(s) acquis à ce jour (2,5 par mois de contrat), 5 pris, 0 posé(s) à venir, soit {earned - 5} restant(s)";
        Assert.Contains($"<p class=\"leave\" id=\"leave-{requestId}\">{line}", requests, StringComparison.Ordinal);
        Assert.Contains("Cette demande : 6 jour(s) ouvrable(s).", requests, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"leave\" id=\"conges\">{line}", person, StringComparison.Ordinal);
        // The listener reads the same figures beside the form that asks for leave (the pending request is not leave yet).
        Assert.Equal(api.GetRawText(), mine.GetRawText());
        var form = myShifts[myShifts.IndexOf("Demander un congé", StringComparison.Ordinal)..];
        Assert.StartsWith($"Demander un congé</h3>\n        <p class=\"leave\" id=\"conges\">{line}", form, StringComparison.Ordinal);
    }
}
