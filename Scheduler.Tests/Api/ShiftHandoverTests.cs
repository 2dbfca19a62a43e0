using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Startup;
using Scheduler.Tests.Mail;

namespace Scheduler.Tests.Api;

/// <summary>
/// <c>/api/rotas/{id}/assignments/{shiftId}/cover</c>: who could take a published shift over (same role, not away, not
/// working that day), what it would break for each, and giving it to one, with an override reason when it breaks rules.
/// </summary>
public sealed class ShiftHandoverTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    [Fact]
    public async Task SickListenersShift_CandidatesAreTheFreeListeners_AndGivingItNeedsAReasonForTheRulesItBreaks()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetGuid(), Role: s.GetProperty("role").GetString())).ToList();
        var listeners = staff.Where(s => s.Role == "Listener" && s.Id != me).Select(s => s.Id).ToList();
        var (sick, working, away) = (listeners[0], listeners[1], listeners[2]);
        var boss = staff.First(s => s.Role == "Manager").Id;
        var rota = await RotaApi.ImportAsync(
            factory,
            "2027-06-07",
            [
                RotaApi.Shift(sick, "2027-06-09", "09:00", "15:00"),
                RotaApi.Shift(working, "2027-06-09", "13:00", "20:00", "16:00", "16:45"),
                RotaApi.Shift(boss, "2027-06-09", "09:00", "17:00", "12:00", "12:45"),
                .. new[] { "2027-06-07", "2027-06-08", "2027-06-10", "2027-06-11", "2027-06-12" }.Select(d => RotaApi.Shift(me, d, "09:00", "13:00")),
            ]);
        var (rotaId, shift) = (RotaApi.RotaId(rota), RotaApi.ShiftOf(rota, sick));
        (await RotaApi.PublishAsync(factory, rotaId)).EnsureSuccessStatusCode().Dispose();
        foreach (var person in new[] { sick, away })
        {
            (await manager.PostAsJsonAsync($"/api/staff/{person}/absences", new { from = "2027-06-09", to = "2027-06-09", kind = "Sickness" })).EnsureSuccessStatusCode().Dispose();
        }

        var url = $"/api/rotas/{rotaId}/assignments/{shift}/cover";
        var candidates = (await manager.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().ToList();
        using var noReason = await manager.PostAsJsonAsync(url, new { staffId = me });
        using var busy = await manager.PostAsJsonAsync(url, new { staffId = working, overrideReason = "cover" });
        using var wrongRota = await manager.GetAsync($"/api/rotas/{Guid.NewGuid()}/assignments/{shift}/cover");
        var holderBefore = await factory.InDatabaseAsync(db => db.Assignments.Where(a => a.Id == shift).Select(a => a.StaffId).SingleAsync());
        using var given = await manager.PostAsJsonAsync(url, new { staffId = me, overrideReason = "Lina est malade, Adam accepte" });

        var ids = candidates.Select(c => c.GetProperty("staffId").GetGuid()).ToList();
        Assert.Contains(me, ids);
        Assert.DoesNotContain(sick, ids);
        Assert.DoesNotContain(working, ids);
        Assert.DoesNotContain(away, ids);
        Assert.DoesNotContain(boss, ids);
        var mine = candidates.Single(c => c.GetProperty("staffId").GetGuid() == me);
        // I work five mornings that week: a sixth day leaves me one day off. My week short of the contract (20 h, then
        // 26 h) is not a rule the shift breaks: it brings it nearer.
        Assert.Equal(["days-off-per-week"], mine.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString()));
        Assert.All(mine.GetProperty("violations").EnumerateArray(), v => Assert.Equal(me, v.GetProperty("staffId").GetGuid()));
        await Json.AssertProblemNamesAsync(noReason, HttpStatusCode.BadRequest, "overrideReason");
        await Json.AssertProblemNamesAsync(busy, HttpStatusCode.BadRequest, "staffId");
        Assert.Equal(HttpStatusCode.NotFound, wrongRota.StatusCode);
        Assert.Equal(sick, holderBefore);
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.Equal(me, await factory.InDatabaseAsync(db => db.Assignments.Where(a => a.Id == shift).Select(a => a.StaffId).SingleAsync()));
        var audit = await factory.InDatabaseAsync(db => db.AuditLog.Where(a => a.Action == "Covered").ToListAsync());
        Assert.Equal("Lina est malade, Adam accepte", Assert.Single(audit).Reason);
        var mail = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Subject.StartsWith("Service ajouté à votre planning", StringComparison.Ordinal));
        Assert.Contains("mercredi 09/06 09:00–15:00", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakerShortOfTheContract_TheShiftBreaksNothing_GivenWithoutAReason()
    {
        // My week holds one 6 h shift, far short of my contract (as when a shift of mine was given away): Wednesday's
        // brings it nearer, which breaks nothing.
        var me = await RotaApi.MyStaffIdAsync(factory);
        var sick = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2027-07-05", RotaApi.Shift(me, "2027-07-06", "09:00", "15:00"), RotaApi.Shift(sick, "2027-07-07", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var manager = await factory.ClientAsync(Roles.Manager);
        var url = $"/api/rotas/{RotaApi.RotaId(rota)}/assignments/{RotaApi.ShiftOf(rota, sick)}/cover";

        var mine = (await manager.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().Single(c => c.GetProperty("staffId").GetGuid() == me);
        using var given = await manager.PostAsJsonAsync(url, new { staffId = me });

        Assert.Empty(mine.GetProperty("violations").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.Empty((await Json.ReadAsync(given)).GetProperty("violations").EnumerateArray());
    }

    [Fact]
    public async Task MyShiftGivenToSomeoneElse_ImToldItIsNoLongerMine()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2027-06-21", RotaApi.Shift(me, "2027-06-23", "13:00", "19:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var given = await manager.PostAsJsonAsync($"/api/rotas/{RotaApi.RotaId(rota)}/assignments/{RotaApi.ShiftOf(rota, me)}/cover", new { staffId = other, overrideReason = "rééquilibrage" });

        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        var mail = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Subject.StartsWith("Service retiré de votre planning", StringComparison.Ordinal));
        Assert.Contains("mercredi 23/06 13:00–19:00", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("a été confié à une autre personne", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftShift_HasNoCover()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var draft = await RotaApi.ImportAsync(factory, "2027-07-05", RotaApi.Shift(me, "2027-07-06", "09:00", "15:00"));
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.GetAsync($"/api/rotas/{RotaApi.RotaId(draft)}/assignments/{RotaApi.ShiftOf(draft, me)}/cover");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
