using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Startup;
using Scheduler.Tests.Mail;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Api;

/// <summary>
/// A listener off sick tells the service themselves (<c>POST /api/me/sick-call</c>, or the form on "Mes horaires"): the
/// sickness is recorded from today and every manager is e-mailed the shifts to cover with their links.
/// </summary>
public sealed class SickCallTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    [Fact]
    public async Task SickForTwoDays_RecordedFromToday_ManagersMailedWithTheShiftToCover_ASecondCallIs409()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2026-11-23", RotaApi.Shift(me, "2026-11-26", "13:00", "20:00", "16:00", "16:45"), RotaApi.Shift(me, "2026-11-28", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);

        using var tooLong = await listener.PostAsJsonAsync("/api/me/sick-call", new { days = 8 });
        using var none = await listener.PostAsJsonAsync("/api/me/sick-call", new { days = 0 });
        using var called = await listener.PostAsJsonAsync("/api/me/sick-call", new { days = 2, note = "fièvre" });
        using var again = await listener.PostAsJsonAsync("/api/me/sick-call", new { });

        await Json.AssertProblemNamesAsync(tooLong, HttpStatusCode.BadRequest, "days");
        await Json.AssertProblemNamesAsync(none, HttpStatusCode.BadRequest, "days");
        Assert.Equal(HttpStatusCode.Created, called.StatusCode);
        var body = await Json.ReadAsync(called);
        Assert.Equal(("2026-11-25", "2026-11-26", "Sickness"), (body.GetProperty("absence").GetProperty("from").GetString(), body.GetProperty("absence").GetProperty("to").GetString(), body.GetProperty("absence").GetProperty("kind").GetString()));
        var shift = Assert.Single(body.GetProperty("shiftsToCover").EnumerateArray());
        Assert.Equal(RotaApi.ShiftOf(rota, me), shift.GetProperty("id").GetGuid());
        Assert.True(body.GetProperty("managersTold").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var mail = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.SickCall && m.Body.Contains("fièvre", StringComparison.Ordinal));
        Assert.StartsWith("Absence maladie signalée : ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("à partir du 25/11/2026", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Son message : fièvre", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"- jeudi 26/11 13:00–20:00 (pause 16:00–16:45) : {MailApiFactory.PublicUrl}/gestion/remplacement/{RotaApi.ShiftOf(rota, me)}", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("28/11", mail.Body, StringComparison.Ordinal);
        // A sickness is the managers' record: the listener cannot take it back.
        using var removed = await listener.DeleteAsync($"/api/me/absences/{body.GetProperty("absence").GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
    }

    [Fact]
    public async Task FromMesHoraires_TheFormRecordsTheSicknessAndSaysToSendTheSickNote()
    {
        var manager = await factory.CookieClientAsync(Roles.Manager);
        var managerId = await factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == PlatformSeeder.ManagerEmail).Select(u => u.StaffId!.Value).SingleAsync());
        var page = await manager.GetStringAsync("/mes-horaires");

        using var sent = await PageForms.PostAsync(manager, "/mes-horaires", new() { ["days"] = "3" }, "/mes-horaires?handler=SickCall");
        var after = WebUtility.HtmlDecode(await manager.GetStringAsync(sent.Headers.Location!.OriginalString));

        Assert.Contains("<summary>Malade aujourd'hui ? Prévenir l'encadrement</summary>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("<option value=\"3\">3 jours, jusqu'au vendredi 27/11/2026</option>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal("/mes-horaires?message=sick", sent.Headers.Location!.OriginalString);
        Assert.Contains("Pensez à envoyer votre arrêt de travail sous 48 heures.", after, StringComparison.Ordinal);
        var absence = await factory.InDatabaseAsync(db => db.Absences.Where(a => a.StaffId == managerId && a.Kind == Scheduler.Solver.Domain.AbsenceKind.Sickness).Select(a => new { a.From, a.To }).SingleAsync());
        Assert.Equal((new NodaTime.LocalDate(2026, 11, 25), new NodaTime.LocalDate(2026, 11, 27)), (absence.From, absence.To));
        manager.Dispose();
    }
}
