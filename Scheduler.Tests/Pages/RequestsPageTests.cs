using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The managers' requests page shows, on a time-off request, the published shifts it would leave to re-plan.</summary>
public sealed class RequestsPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TimeOffOverAPublishedShift_SaysSoWithTheRotasLink_AndOneOverFreeDaysSaysNothing()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-01-04", RotaApi.Shift(me, "2027-01-05", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        (await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2027-01-05", to = "2027-01-06", comment = "over-a-shift" })).Dispose();
        (await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2027-06-07", to = "2027-06-08", comment = "free-days" })).Dispose();
        using var manager = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await manager.GetStringAsync("/gestion/demandes"));

        var cards = Regex.Matches(html, "<form method=\"post\" class=\"card request\">(.*?)</form>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var overShift = Assert.Single(cards, c => c.Contains("over-a-shift", StringComparison.Ordinal));
        var free = Assert.Single(cards, c => c.Contains("free-days", StringComparison.Ordinal));
        Assert.Contains("1 service(s) publié(s) pendant ces jours, à re-planifier si vous acceptez :", overShift, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/gestion/plannings/{RotaApi.RotaId(rota)}\">Planning du 04/01/2027 au 10/01/2027</a>", overShift, StringComparison.Ordinal);
        Assert.DoesNotContain("à re-planifier", free, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwapCard_SaysWhatApprovingWouldBreak_OrThatTheShiftsChanged()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        // A 4-hour shift for a 6-hour one changes both people's weekly hours.
        var rota = await RotaApi.ImportAsync(factory, "2027-01-11", RotaApi.Shift(me, "2027-01-12", "09:00", "13:00"), RotaApi.Shift(other, "2027-01-13", "14:00", "20:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/swaps", new { assignmentId = RotaApi.ShiftOf(rota, me), otherAssignmentId = RotaApi.ShiftOf(rota, other) });
        var swap = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        using var manager = await factory.CookieClientAsync(Roles.Manager);

        var before = CheckOf(WebUtility.HtmlDecode(await manager.GetStringAsync("/gestion/demandes")), swap);
        await factory.InDatabaseAsync(db =>
        {
            db.Assignments.Remove(db.Assignments.Single(a => a.Id == RotaApi.ShiftOf(rota, other)));
            return db.SaveChangesAsync();
        });
        var after = CheckOf(WebUtility.HtmlDecode(await manager.GetStringAsync("/gestion/demandes")), swap);

        // The hours are the swap's doing, and the approval will ask a reason for them; the two-shift rota's uncovered line
        // was there before, and is only counted.
        Assert.Contains("Après l'échange,", before, StringComparison.Ordinal);
        Assert.Contains("règle(s) enfreinte(s) pour ces deux personnes", before, StringComparison.Ordinal);
        Assert.DoesNotContain("L'échange enfreindrait aussi", before, StringComparison.Ordinal);
        Assert.Matches("Le planning enfreignait déjà [0-9]+ règle\\(s\\) avant l'échange", before);
        Assert.Contains("Les services ont changé depuis la demande : elle ne peut plus être acceptée.", after, StringComparison.Ordinal);
        Assert.Equal(RotaApi.ShiftOf(rota, me), await factory.InDatabaseAsync(db => db.Assignments.Where(a => a.StaffId == me && a.RotaId == RotaApi.RotaId(rota)).Select(a => a.Id).SingleAsync()));
    }

    private static string CheckOf(string html, Guid swap)
    {
        var check = Regex.Match(html, $"<div class=\"swap-check\" id=\"check-{swap}\">(.*?)</div>", RegexOptions.Singleline);
        Assert.True(check.Success, "the swap's card has no check");
        return check.Groups[1].Value;
    }
}
