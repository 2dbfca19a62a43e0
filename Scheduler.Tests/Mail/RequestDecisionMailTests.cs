using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Startup;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Mail;

/// <summary>
/// E-mail on: a listener's new request reaches the managers, and a manager's answer reaches the listener who asked, and
/// an approved swap the colleague too, each in the request's or the decision's own save.
/// </summary>
public sealed class RequestDecisionMailTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    [Fact]
    public async Task TimeOff_Asked_TellsTheManagersWhoWhatAndWhereToAnswer_NotTheQualityLead()
    {
        using var listener = await factory.ClientAsync(Roles.Listener);
        var name = await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == db.Users.Single(u => u.Email == PlatformSeeder.ListenerEmail).StaffId).Select(s => s.Name).SingleAsync());

        using var asked = await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2027-04-05", to = "2027-04-09", comment = "Mariage de ma sœur" });

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var message = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.RequestSubmitted && m.Body.Contains("05/04/2027", StringComparison.Ordinal));
        Assert.Equal($"Demande d'absence de {name} / Time-off request from {name}", message.Subject);
        Assert.Contains($"{name} demande une absence (congé) du lundi 05/04/2027 au vendredi 09/04/2027.", message.Body, StringComparison.Ordinal);
        Assert.Contains("Son commentaire : Mariage de ma sœur", message.Body, StringComparison.Ordinal);
        Assert.Contains("Pour y répondre : " + MailApiFactory.PublicUrl + "/gestion/demandes", message.Body, StringComparison.Ordinal);
        Assert.Contains($"{name} asks for time off (leave) from Monday 05/04/2027 to Friday 09/04/2027.", message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(await factory.OutboxToAsync(PlatformSeeder.QualityLeadEmail), m => m.Kind == MailKind.RequestSubmitted);
        Assert.DoesNotContain(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Kind == MailKind.RequestSubmitted);
    }

    [Fact]
    public async Task Swap_Asked_TellsTheManagersBothShifts()
    {
        var (asker, colleague, _, _) = await AskSwapAsync("2026-12-28");

        var message = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.RequestSubmitted && m.Body.Contains("31/12", StringComparison.Ordinal));

        Assert.Equal($"Demande d'échange de {asker} / Swap request from {asker}", message.Subject);
        Assert.Contains($"{asker} demande d'échanger son service du jeudi 31/12 09:00–15:00 contre celui de {colleague} du vendredi 01/01 14:00–20:00.", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeOff_Refused_TellsTheListenerWithTheAnswer()
    {
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2027-03-01", to = "2027-03-05" });
        var id = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();

        using var refused = await manager.PostAsJsonAsync($"/api/requests/time-off/{id}/refuse", new { answer = "Trop de départs cette semaine-là" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var message = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Kind == MailKind.RequestDecided && m.Body.Contains("01/03/2027", StringComparison.Ordinal));
        Assert.Equal("Demande d'absence refusée / Time-off request refused", message.Subject);
        Assert.Contains("Votre demande d'absence du lundi 01/03/2027 au vendredi 05/03/2027 est refusée.", message.Body, StringComparison.Ordinal);
        Assert.Contains("Réponse de l'encadrement : Trop de départs cette semaine-là", message.Body, StringComparison.Ordinal);
        Assert.Contains("Your time-off request from Monday 01/03/2027 to Friday 05/03/2027 is refused.", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeOff_ApprovedThenItsAbsenceRemovedByAManager_IsCancelledAndTheListenerTold()
    {
        var (id, me) = await ApprovedTimeOffAsync("2027-05-03", "2027-05-07");
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var absence = await factory.InDatabaseAsync(db => db.Absences.Where(a => a.StaffId == me && a.From == new NodaTime.LocalDate(2027, 5, 3)).Select(a => a.Id).SingleAsync());

        using var removed = await manager.DeleteAsync($"/api/staff/{me}/absences/{absence}");
        var mine = await listener.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me/requests");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var request = Assert.Single(mine.GetProperty("timeOff").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("Cancelled", request.GetProperty("status").GetString());
        var message = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Subject.StartsWith("Absence annulée", StringComparison.Ordinal));
        Assert.Contains("Un responsable a annulé votre absence du lundi 03/05/2027 au vendredi 07/05/2027, acceptée auparavant", message.Body, StringComparison.Ordinal);
        Assert.Contains("A manager cancelled your time off from Monday 03/05/2027 to Friday 07/05/2027", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Absence_NotFromARequest_RemovedByAManager_LeavesTheRequestsAlone()
    {
        // The same days as an approved request, but an absence of their own: the request keeps its absence and its state.
        var (id, me) = await ApprovedTimeOffAsync("2027-06-07", "2027-06-08");
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var added = await manager.PostAsJsonAsync($"/api/staff/{me}/absences", new { from = "2027-06-07", to = "2027-06-08", kind = "Leave" });
        var own = (await Json.ReadAsync(added)).GetProperty("id").GetGuid();

        using var removed = await manager.DeleteAsync($"/api/staff/{me}/absences/{own}");
        var status = await factory.InDatabaseAsync(db => db.TimeOffRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(RequestStatus.Approved, status);
    }

    [Fact]
    public async Task Swap_Approved_TellsTheAskerAndTheColleagueTheirNewShift()
    {
        var (asker, colleague, colleagueEmail, swap) = await AskSwapAsync("2026-12-14");
        using var manager = await factory.ClientAsync(Roles.Manager);

        // The two-shift rota breaks the cover rules by design, so the approval states why it goes through anyway.
        using var approved = await manager.PostAsJsonAsync($"/api/requests/swaps/{swap}/approve", new { overrideReason = RotaApi.HandMadeRota });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var toAsker = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Kind == MailKind.RequestDecided && m.Body.Contains("17/12", StringComparison.Ordinal));
        Assert.Equal("Échange de service accepté / Shift swap approved", toAsker.Subject);
        Assert.Contains($"Votre échange avec {colleague} est accepté : vous travaillez le vendredi 18/12 14:00–20:00 au lieu du jeudi 17/12 09:00–15:00.", toAsker.Body, StringComparison.Ordinal);
        var toColleague = Assert.Single(await factory.OutboxToAsync(colleagueEmail), m => m.Kind == MailKind.RequestDecided);
        Assert.Contains($"Un échange avec {asker} est accepté : vous travaillez le jeudi 17/12 09:00–15:00 au lieu du vendredi 18/12 14:00–20:00.", toColleague.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swap_Refused_TellsOnlyTheAsker()
    {
        var (_, colleague, colleagueEmail, swap) = await AskSwapAsync("2026-12-21");
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var refused = await manager.PostAsJsonAsync($"/api/requests/swaps/{swap}/refuse", new { answer = "Non" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var toAsker = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Kind == MailKind.RequestDecided && m.Body.Contains("24/12", StringComparison.Ordinal));
        Assert.Contains($"Votre demande d'échange de votre service du jeudi 24/12 09:00–15:00 contre celui de {colleague} du vendredi 25/12 14:00–20:00 est refusée", toAsker.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(await factory.OutboxToAsync(colleagueEmail), m => m.Kind == MailKind.RequestDecided);
    }

    /// <summary>
    /// A published week from <paramref name="monday"/> where the demo listener works Thursday 09:00–15:00 and a colleague
    /// with an account Friday 14:00–20:00, and the listener's request to swap them.
    /// </summary>
    private async Task<(string Asker, string Colleague, string ColleagueEmail, Guid Swap)> AskSwapAsync(string monday)
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        using var manager = await factory.ClientAsync(Roles.Manager);
        // Both tests take the same colleague: the first one makes the account.
        (await manager.PostAsJsonAsync("/api/accounts", new { email = "collegue@3133.example", role = "Listener", staffId = other })).Dispose();
        var email = await factory.InDatabaseAsync(db => db.Users.Where(u => u.StaffId == other).Select(u => u.Email!).SingleAsync());
        var start = NodaTime.Text.LocalDatePattern.Iso.Parse(monday).Value;
        var rota = await RotaApi.ImportAsync(factory, monday,
            RotaApi.Shift(me, start.PlusDays(3).ToString("yyyy-MM-dd", null), "09:00", "15:00"),
            RotaApi.Shift(other, start.PlusDays(4).ToString("yyyy-MM-dd", null), "14:00", "20:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/swaps", new { assignmentId = RotaApi.ShiftOf(rota, me), otherAssignmentId = RotaApi.ShiftOf(rota, other) });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var names = await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == me || s.Id == other).ToDictionaryAsync(s => s.Id, s => s.Name));
        return (names[me], names[other], email, (await Json.ReadAsync(asked)).GetProperty("id").GetGuid());
    }

    /// <summary>The listener's time off, asked and approved: the request's id and the listener's staff id.</summary>
    private async Task<(Guid Request, Guid Me)> ApprovedTimeOffAsync(string from, string to)
    {
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from, to });
        var id = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        using var approved = await manager.PostAsJsonAsync($"/api/requests/time-off/{id}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return (id, await RotaApi.MyStaffIdAsync(factory));
    }
}
