using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Startup;
using Scheduler.Tests.Mail;

namespace Scheduler.Tests.Api;

/// <summary>
/// A published shift offered to volunteers: everyone who could take it is e-mailed, says they can through
/// <c>/api/me/cover-offers</c>, and the manager gives it to one of them, which closes the offer.
/// </summary>
public sealed class CoverOfferTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    [Fact]
    public async Task Offered_TheCandidatesAreMailed_OneVolunteers_GivingItClosesTheOffer()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var sick = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2027-09-06", RotaApi.Shift(sick, "2027-09-08", "09:00", "15:00"));
        var (rotaId, shift) = (RotaApi.RotaId(rota), RotaApi.ShiftOf(rota, sick));
        (await RotaApi.PublishAsync(factory, rotaId)).EnsureSuccessStatusCode().Dispose();
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var listener = await factory.ClientAsync(Roles.Listener);
        var url = $"/api/rotas/{rotaId}/assignments/{shift}/cover/offer";

        using var offered = await manager.PostAsJsonAsync(url, new { note = "Léa est malade, qui peut venir ?" });
        using var again = await manager.PostAsJsonAsync(url, new { note = "encore" });
        var mine = (await listener.GetFromJsonAsync<JsonElement>("/api/me/cover-offers")).EnumerateArray().ToList();
        var offerId = (await Json.ReadAsync(offered)).GetProperty("id").GetGuid();
        using var volunteered = await listener.PostAsync($"/api/me/cover-offers/{offerId}/volunteer", null);
        using var twice = await listener.PostAsync($"/api/me/cover-offers/{offerId}/volunteer", null);
        var offer = await manager.GetFromJsonAsync<JsonElement>(url);
        var open = (await manager.GetFromJsonAsync<JsonElement>("/api/cover-offers")).EnumerateArray().ToList();
        (await manager.PostAsJsonAsync($"/api/rotas/{rotaId}/assignments/{shift}/cover", new { staffId = me, overrideReason = "volontaire" })).EnsureSuccessStatusCode().Dispose();
        using var afterGiven = await manager.GetAsync(url);
        var openAfter = (await manager.GetFromJsonAsync<JsonElement>("/api/cover-offers")).EnumerateArray().ToList();
        var mineAfter = (await listener.GetFromJsonAsync<JsonElement>("/api/me/cover-offers")).EnumerateArray().ToList();
        using var late = await listener.PostAsync($"/api/me/cover-offers/{offerId}/volunteer", null);

        Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        Assert.True((await Json.ReadAsync(offered)).GetProperty("told").GetInt32() >= 1);
        var mail = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Subject.StartsWith("Service à pourvoir : mercredi 08/09 09:00–15:00", StringComparison.Ordinal));
        Assert.Contains("Message : Léa est malade, qui peut venir ?", mail.Body, StringComparison.Ordinal);
        Assert.Contains("/mes-horaires/a-pourvoir", mail.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var listed = Assert.Single(mine);
        Assert.Equal(("2027-09-08", "09:00", false), (listed.GetProperty("date").GetString(), listed.GetProperty("start").GetString(), listed.GetProperty("volunteered").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, volunteered.StatusCode);
        Assert.True((await Json.ReadAsync(volunteered)).GetProperty("volunteered").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal(me, Assert.Single(offer.GetProperty("volunteers").EnumerateArray()).GetProperty("staffId").GetGuid());
        Assert.Equal(sick, offer.GetProperty("holderId").GetGuid());
        Assert.Equal(1, Assert.Single(open, o => o.GetProperty("id").GetGuid() == offerId).GetProperty("volunteers").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, afterGiven.StatusCode);
        Assert.DoesNotContain(openAfter, o => o.GetProperty("id").GetGuid() == offerId);
        Assert.Empty(mineAfter);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("Filled", await factory.InDatabaseAsync(db => db.CoverOffers.Where(o => o.Id == offerId).Select(o => o.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task SomeoneWorkingThatDay_CannotVolunteer_AndAWordTakenBackOrAnOfferWithdrawnIsGone()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(
            factory,
            "2027-09-13",
            RotaApi.Shift(me, "2027-09-14", "13:00", "19:00"),
            RotaApi.Shift(other, "2027-09-14", "09:00", "15:00"),
            RotaApi.Shift(other, "2027-09-16", "09:00", "15:00"));
        var rotaId = RotaApi.RotaId(rota);
        (await RotaApi.PublishAsync(factory, rotaId)).EnsureSuccessStatusCode().Dispose();
        var shifts = rota.GetProperty("assignments").EnumerateArray().Where(a => a.GetProperty("staffId").GetGuid() == other)
            .ToDictionary(a => a.GetProperty("date").GetString()!, a => a.GetProperty("id").GetGuid());
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var listener = await factory.ClientAsync(Roles.Listener);
        var tuesday = await OfferAsync(manager, rotaId, shifts["2027-09-14"]);
        var thursday = await OfferAsync(manager, rotaId, shifts["2027-09-16"]);

        var mine = (await listener.GetFromJsonAsync<JsonElement>("/api/me/cover-offers")).EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();
        using var busy = await listener.PostAsync($"/api/me/cover-offers/{tuesday}/volunteer", null);
        (await listener.PostAsync($"/api/me/cover-offers/{thursday}/volunteer", null)).EnsureSuccessStatusCode().Dispose();
        using var takenBack = await listener.DeleteAsync($"/api/me/cover-offers/{thursday}/volunteer");
        using var takenBackAgain = await listener.DeleteAsync($"/api/me/cover-offers/{thursday}/volunteer");
        using var withdrawn = await manager.DeleteAsync($"/api/rotas/{rotaId}/assignments/{shifts["2027-09-16"]}/cover/offer");
        using var withdrawnAgain = await manager.DeleteAsync($"/api/rotas/{rotaId}/assignments/{shifts["2027-09-16"]}/cover/offer");
        var mineAfter = (await listener.GetFromJsonAsync<JsonElement>("/api/me/cover-offers")).EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([thursday], mine);
        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, takenBack.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, takenBackAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawnAgain.StatusCode);
        Assert.Empty(mineAfter);
    }

    [Fact]
    public async Task GivenToSomeoneElse_OrWithdrawn_TheVolunteerIsThankedAndTold()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var sick = await RotaApi.SomeoneElseAsync(factory, me);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var third = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Where(s => s.GetProperty("role").GetString() == "Listener").Select(s => s.GetProperty("id").GetGuid()).First(id => id != me && id != sick);
        var rota = await RotaApi.ImportAsync(factory, "2027-09-27", RotaApi.Shift(sick, "2027-09-28", "09:00", "15:00"), RotaApi.Shift(sick, "2027-09-30", "13:00", "19:00"));
        var rotaId = RotaApi.RotaId(rota);
        (await RotaApi.PublishAsync(factory, rotaId)).EnsureSuccessStatusCode().Dispose();
        var shifts = rota.GetProperty("assignments").EnumerateArray().ToDictionary(a => a.GetProperty("date").GetString()!, a => a.GetProperty("id").GetGuid());
        using var listener = await factory.ClientAsync(Roles.Listener);
        foreach (var shift in shifts.Values)
        {
            var offer = await OfferAsync(manager, rotaId, shift);
            (await listener.PostAsync($"/api/me/cover-offers/{offer}/volunteer", null)).EnsureSuccessStatusCode().Dispose();
        }

        (await manager.PostAsJsonAsync($"/api/rotas/{rotaId}/assignments/{shifts["2027-09-28"]}/cover", new { staffId = third, overrideReason = "déjà d'accord" })).EnsureSuccessStatusCode().Dispose();
        (await manager.DeleteAsync($"/api/rotas/{rotaId}/assignments/{shifts["2027-09-30"]}/cover/offer")).EnsureSuccessStatusCode().Dispose();

        var told = (await factory.OutboxToAsync(PlatformSeeder.ListenerEmail)).Where(m => m.Subject.StartsWith("Service plus à pourvoir", StringComparison.Ordinal)).ToList();
        Assert.Contains("Il a été confié à une autre personne : votre planning ne change pas.", Assert.Single(told, m => m.Subject.Contains("mardi 28/09", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        Assert.Contains("Il n'est plus à pourvoir : votre planning ne change pas.", Assert.Single(told, m => m.Subject.Contains("jeudi 30/09", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HolderOffersTheirOwnShift_AlreadyStarted_ConflictPointingToTheSickCall()
    {
        // The factory's clock: Wednesday 25 November 2026, 10:00 in Paris.
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2026-11-23", RotaApi.Shift(me, "2026-11-25", "09:00", "13:00"), RotaApi.Shift(me, "2026-11-26", "09:00", "13:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        var shifts = rota.GetProperty("assignments").EnumerateArray().ToDictionary(a => a.GetProperty("date").GetString()!, a => a.GetProperty("id").GetGuid());
        using var listener = await factory.ClientAsync(Roles.Listener);

        using var started = await listener.PostAsJsonAsync($"/api/me/shifts/{shifts["2026-11-25"]}/offer", new { });
        using var tomorrow = await listener.PostAsJsonAsync($"/api/me/shifts/{shifts["2026-11-26"]}/offer", new { });

        Assert.Equal(HttpStatusCode.Conflict, started.StatusCode);
        Assert.Contains("say you are off sick", (await Json.ReadAsync(started)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, tomorrow.StatusCode);
        (await listener.DeleteAsync($"/api/me/shifts/{shifts["2026-11-26"]}/offer")).EnsureSuccessStatusCode().Dispose();

        // The page offers no cover for the shift under way, and says so.
        using var browser = await factory.CookieClientAsync(Roles.Listener);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/mes-horaires"));
        Assert.Contains("<strong class=\"tag\">Aujourd'hui</strong>", page, StringComparison.Ordinal);
        Assert.Contains("en cours : si vous ne pouvez pas continuer", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"?service={shifts["2026-11-25"]}", page, StringComparison.Ordinal);
        Assert.Contains($"?service={shifts["2026-11-26"]}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HolderOffersTheirOwnShift_ManagersAreTold_OnlyTheirOwnAndOnce_ThenTakesItBack()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2027-10-11", RotaApi.Shift(me, "2027-10-13", "09:00", "15:00"), RotaApi.Shift(other, "2027-10-13", "13:00", "19:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        var (mine, theirs) = (RotaApi.ShiftOf(rota, me), RotaApi.ShiftOf(rota, other));
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var offered = await listener.PostAsJsonAsync($"/api/me/shifts/{mine}/offer", new { note = "mariage de ma sœur" });
        using var again = await listener.PostAsJsonAsync($"/api/me/shifts/{mine}/offer", new { });
        using var notMine = await listener.PostAsJsonAsync($"/api/me/shifts/{theirs}/offer", new { });
        var open = (await manager.GetFromJsonAsync<JsonElement>("/api/cover-offers")).EnumerateArray().ToList();
        using var withdrawn = await listener.DeleteAsync($"/api/me/shifts/{mine}/offer");
        using var withdrawnAgain = await listener.DeleteAsync($"/api/me/shifts/{mine}/offer");

        Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Contains(open, o => o.GetProperty("shiftId").GetGuid() == mine && o.GetProperty("holderId").GetGuid() == me);
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawnAgain.StatusCode);
        var told = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Body.Contains("mariage de ma sœur", StringComparison.Ordinal));
        Assert.EndsWith("cherche un remplaçant / " + told.Subject.Split(" / ")[1], told.Subject, StringComparison.Ordinal);
        Assert.Contains($"{MailApiFactory.PublicUrl}/gestion/remplacement/{mine}", told.Body, StringComparison.Ordinal);
        Assert.Contains("mercredi 13/10 09:00–15:00", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadOffers_ANoteTooLongIs400_AShiftElsewhereOrUnknownIs404_APastDayIs409()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var past = await RotaApi.ImportAsync(factory, "2026-11-16", RotaApi.Shift(other, "2026-11-17", "09:00", "15:00"));
        var future = await RotaApi.ImportAsync(factory, "2027-09-20", RotaApi.Shift(other, "2027-09-21", "09:00", "15:00"));
        foreach (var rota in new[] { past, future })
        {
            (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        }

        using var manager = await factory.ClientAsync(Roles.Manager);
        var futureUrl = $"/api/rotas/{RotaApi.RotaId(future)}/assignments/{RotaApi.ShiftOf(future, other)}/cover/offer";

        using var tooLong = await manager.PostAsJsonAsync(futureUrl, new { note = new string('x', 501) });
        using var wrongRota = await manager.PostAsJsonAsync($"/api/rotas/{RotaApi.RotaId(past)}/assignments/{RotaApi.ShiftOf(future, other)}/cover/offer", new { });
        using var unknown = await manager.PostAsJsonAsync($"/api/rotas/{Guid.NewGuid()}/assignments/{Guid.NewGuid()}/cover/offer", new { });
        using var pastDay = await manager.PostAsJsonAsync($"/api/rotas/{RotaApi.RotaId(past)}/assignments/{RotaApi.ShiftOf(past, other)}/cover/offer", new { });
        using var noOffer = await manager.GetAsync(futureUrl);

        await Json.AssertProblemNamesAsync(tooLong, HttpStatusCode.BadRequest, "note");
        Assert.Equal(HttpStatusCode.NotFound, wrongRota.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, pastDay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noOffer.StatusCode);
        Assert.Equal(0, await factory.InDatabaseAsync(db => db.CoverOffers.CountAsync(o => o.Note != null && o.Note.Length > 500)));
    }

    private static async Task<Guid> OfferAsync(HttpClient manager, Guid rotaId, Guid shiftId)
    {
        using var response = await manager.PostAsJsonAsync($"/api/rotas/{rotaId}/assignments/{shiftId}/cover/offer", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("id").GetGuid();
    }
}
