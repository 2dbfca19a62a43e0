using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The managers' requests page shows, on a time-off request, the published shifts it would leave to re-plan and who else is away.</summary>
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
    public async Task TimeOffCard_ListsWhoElseIsAway_AndTheLeanestDaysTrainedListenersLeft()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var listeners = (await manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/staff")).EnumerateArray()
            .Where(s => s.GetProperty("role").GetString() == "Listener" && s.GetProperty("isTrained").GetBoolean())
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Name: s.GetProperty("name").GetString()!)).Where(s => s.Id != me).ToList();
        var (sick, asking) = (listeners[0], listeners[1]);
        (await manager.PostAsJsonAsync($"/api/staff/{sick.Id}/absences", new { from = "2028-03-07", to = "2028-03-10", kind = "Sickness" })).EnsureSuccessStatusCode().Dispose();
        await factory.InDatabaseAsync(db =>
        {
            db.TimeOffRequests.Add(new() { StaffId = asking.Id, From = new(2028, 3, 8), To = new(2028, 3, 8), Status = RequestStatus.Pending, CreatedAt = ApiFactory.Now });
            return db.SaveChangesAsync();
        });
        using var listener = await factory.ClientAsync(Roles.Listener);
        (await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2028-03-06", to = "2028-03-08", comment = "team-check" })).EnsureSuccessStatusCode().Dispose();
        (await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2028-06-05", to = "2028-06-06", comment = "alone" })).EnsureSuccessStatusCode().Dispose();
        using var browser = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/gestion/demandes"));

        var cards = Regex.Matches(html, "<form method=\"post\" class=\"card request\">(.*?)</form>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        var busy = Assert.Single(cards, c => c.Contains("team-check", StringComparison.Ordinal));
        var alone = Assert.Single(cards, c => c.Contains("alone", StringComparison.Ordinal));
        Assert.Contains($"<li>{sick.Name} · du 07/03/2028 au 10/03/2028 · maladie</li>", busy, StringComparison.Ordinal);
        Assert.Contains($"<li>{asking.Name} · du 08/03/2028 au 08/03/2028 · congé · demande en attente</li>", busy, StringComparison.Ordinal);
        // The pending request does not count as away: on the Tuesday and the Wednesday, the requester and the sick one are.
        var (left, total) = LeftOf(busy, "mardi 07/03/2028");
        Assert.Equal(total - 2, left);
        Assert.Contains("Personne d'autre n'est absent ces jours-là.", alone, StringComparison.Ordinal);
        Assert.Equal(total - 1, LeftOf(alone, "lundi 05/06/2028").Left);
    }

    private static (int Left, int Total) LeftOf(string card, string day)
    {
        var line = Regex.Match(card, $"Si vous acceptez, au plus bas ([0-9]+) écoutant·e\\(s\\) formé·e\\(s\\) disponible\\(s\\) sur ([0-9]+) \\({day}\\)\\.");
        Assert.True(line.Success, $"no leanest day {day} in: {card}");
        return (int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(line.Groups[2].Value, CultureInfo.InvariantCulture));
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
