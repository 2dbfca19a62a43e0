using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Solver.Domain;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// A person's page: a manager starts a new contract and records finished training, through the API's rules; errors are
/// shown next to their fields and store nothing. "Today" is 25/11/2026 (the factory's clock).
/// </summary>
public sealed class PersonPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task NewContract_Valid_EndsTheOneInForceTheDayBeforeAndIsListed()
    {
        var id = (await factory.ListenersAsync(1))[0];
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var saved = await PostAsync(client, id, "Contract", new() { ["ContractFrom"] = "01/12/2026", ["ContractHours"] = "28", ["ContractExtraHours"] = "2,5" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var contracts = await factory.InDatabaseAsync(db => db.Contracts.Where(c => c.StaffId == id).OrderBy(c => c.ValidFrom).ToListAsync());
        var (before, now) = (contracts[^2], contracts[^1]);
        Assert.Equal(new LocalDate(2026, 11, 30), before.ValidTo);
        Assert.Equal((new LocalDate(2026, 12, 1), (LocalDate?)null, 28 * 60, 150), (now.ValidFrom, now.ValidTo, now.WeeklyMinutes, now.ExtraMinutesAllowed));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("Contrat enregistré.", page, StringComparison.Ordinal);
        Assert.Contains("Depuis le 01/12/2026 : 28 h 00 par semaine · heures complémentaires possibles : 2 h 30", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSickness_OverPublishedShifts_ListsTheRotaToRePlanAndEachShiftToCover()
    {
        var id = (await factory.ListenersAsync(1))[0];
        var rota = await RotaApi.ImportAsync(factory, "2026-12-07",
            RotaApi.Shift(id, "2026-12-08", "09:00", "15:00"), RotaApi.Shift(id, "2026-12-09", "09:00", "15:00"), RotaApi.Shift(id, "2026-12-12", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        using var client = await factory.CookieClientAsync(Roles.Manager);

        using var added = await PageForms.PostAsync(client, $"/gestion/equipe/{id}", new() { ["From"] = "08/12/2026", ["To"] = "10/12/2026", ["Kind"] = "Sickness" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(added.Headers.Location!.OriginalString));
        Assert.Contains("2 service(s) publié(s) tombent pendant cette absence.", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/gestion/plannings/{RotaApi.RotaId(rota)}\">Planning du 07/12/2026 au 13/12/2026</a> · 2 service(s)", page, StringComparison.Ordinal);
        // Each shift of the absence can be covered on its own; Saturday's is after it.
        Assert.Contains($"<li>mardi 08/12/2026 09:00–15:00 · <a href=\"/gestion/remplacement/{RotaApi.ShiftOf(rota, id)}\">Trouver un remplaçant</a></li>", page, StringComparison.Ordinal);
        Assert.Matches("<li>mercredi 09/12/2026 09:00–15:00 · <a href=\"/gestion/remplacement/[0-9a-f-]{36}\">Trouver un remplaçant</a></li>", page);
        Assert.DoesNotContain("12/12/2026 09:00–15:00 · <a", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveAbsence_EnteredByMistake_IsGoneAndTheRePlanIsSuggested()
    {
        var id = (await factory.ListenersAsync(1))[0];
        var absence = Guid.NewGuid();
        await factory.InDatabaseAsync(db =>
        {
            db.Absences.Add(new Scheduler.Api.Data.Entities.AbsenceEntity { Id = absence, StaffId = id, From = new LocalDate(2027, 2, 15), To = new LocalDate(2027, 2, 19), Kind = AbsenceKind.Sickness });
            return db.SaveChangesAsync();
        });
        using var client = await factory.CookieClientAsync(Roles.Manager);
        Assert.Contains($"name=\"absenceId\" value=\"{absence}\"", await client.GetStringAsync($"/gestion/equipe/{id}"), StringComparison.Ordinal);

        using var removed = await PostAsync(client, id, "RemoveAbsence", new() { ["absenceId"] = absence.ToString() });
        using var again = await PostAsync(client, id, "RemoveAbsence", new() { ["absenceId"] = absence.ToString() });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.NotFound), (removed.StatusCode, again.StatusCode));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(removed.Headers.Location!.OriginalString));
        Assert.Contains("Absence supprimée. Un planning déjà publié garde ses services", page, StringComparison.Ordinal);
        Assert.DoesNotContain("15/02/2027", page, StringComparison.Ordinal);
        Assert.False(await factory.InDatabaseAsync(db => db.Absences.AnyAsync(a => a.Id == absence)));
    }

    [Fact]
    public async Task Facts_NoEmailOnTheRecord_SaySoRatherThanNothing()
    {
        var id = (await factory.ListenersAsync(4))[3];
        await factory.InDatabaseAsync(async db =>
        {
            (await db.Staff.SingleAsync(s => s.Id == id)).Email = null;
            return await db.SaveChangesAsync();
        });
        using var client = await factory.CookieClientAsync(Roles.Manager);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/equipe/{id}"));

        Assert.Contains("<dt>Adresse e-mail</dt><dd>non renseignée</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AbsenceOfAnApprovedRequest_SaysSo_AndCancellingItCancelsTheRequest()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2027-03-15", to = "2027-03-16" });
        var request = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        using var manager = await factory.ClientAsync(Roles.Manager);
        (await manager.PostAsJsonAsync($"/api/requests/time-off/{request}/approve", new { })).Dispose();
        var absence = await factory.InDatabaseAsync(db => db.TimeOffRequests.Where(r => r.Id == request).Select(r => r.AbsenceId!.Value).SingleAsync());
        using var client = await factory.CookieClientAsync(Roles.Manager);

        var before = WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/equipe/{me}"));
        using var removed = await PostAsync(client, me, "RemoveAbsence", new() { ["absenceId"] = absence.ToString() });

        var line = before[before.IndexOf("du 15/03/2027", StringComparison.Ordinal)..];
        line = line[..line.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("· demande acceptée", line, StringComparison.Ordinal);
        Assert.Contains("Annuler (la personne est prévenue)", line, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(Scheduler.Api.Data.Entities.RequestStatus.Cancelled, await factory.InDatabaseAsync(db => db.TimeOffRequests.Where(r => r.Id == request).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task NewContract_HoursOverTheLegalMaximumAndNoDate_ErrorsNextToTheFieldsAndNothingStored()
    {
        var id = (await factory.ListenersAsync(2))[1];
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var contractsBefore = await factory.InDatabaseAsync(db => db.Contracts.CountAsync(c => c.StaffId == id));

        using var refused = await PostAsync(client, id, "Contract", new() { ["ContractFrom"] = "31/02/2026", ["ContractHours"] = "49" });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Date attendue au format jj/mm/aaaa.", PageForms.FieldError(html, "err-contract-from"));
        Assert.Equal("Nombre d'heures attendu : plus de 0 et au plus 48 (maximum légal), en minutes entières (17,5 pour 17 h 30).", PageForms.FieldError(html, "err-contract-hours"));
        Assert.Equal("", PageForms.FieldError(html, "err-contract-extra"));
        Assert.Contains("value=\"49\"", html, StringComparison.Ordinal);
        Assert.Equal(contractsBefore, await factory.InDatabaseAsync(db => db.Contracts.CountAsync(c => c.StaffId == id)));
    }

    [Fact]
    public async Task RecordTraining_ExpiredThenRefreshed_QualificationComputedAtOnceAndListed()
    {
        var id = (await factory.ListenersAsync(3))[2];
        using var client = await factory.CookieClientAsync(Roles.Manager);
        await CreateModulesAsync();

        // The initial training of 01/02/2026 needs a refresher within 6 months: trained until 31/07/2026, so expired today.
        using var first = await PostAsync(client, id, "Training", new() { ["TrainingModule"] = "initial", ["TrainingDate"] = "01/02/2026" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal((true, new LocalDate(2026, 7, 31)), await QualificationAsync(id));
        Assert.Contains("Formation expirée le 31/07/2026", WebUtility.HtmlDecode(await client.GetStringAsync(first.Headers.Location!.OriginalString)), StringComparison.Ordinal);

        // A refresher on 20/11/2026: trained again until 19/05/2027, the staff record says so the same day.
        using var second = await PostAsync(client, id, "Training", new() { ["TrainingModule"] = "refresher", ["TrainingDate"] = "20/11/2026" });
        Assert.Equal((true, new LocalDate(2027, 5, 19)), await QualificationAsync(id));

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(second.Headers.Location!.OriginalString));
        Assert.Contains("Formation enregistrée, qualification à jour.", page, StringComparison.Ordinal);
        Assert.Contains("Formé·e · jusqu'au 19/05/2027", page, StringComparison.Ordinal);
        var table = page[page.IndexOf("id=\"training-completions\"", StringComparison.Ordinal)..];
        Assert.True(table.IndexOf("20/11/2026", StringComparison.Ordinal) < table.IndexOf("01/02/2026", StringComparison.Ordinal), "latest first");
        Assert.Contains("Recyclage", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordTraining_DateInTheFuture_IsRefusedNextToTheField()
    {
        var id = (await factory.ListenersAsync(4))[3];
        using var client = await factory.CookieClientAsync(Roles.Manager);
        await CreateModulesAsync();

        using var refused = await PostAsync(client, id, "Training", new() { ["TrainingModule"] = "initial", ["TrainingDate"] = "26/11/2026" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("La date ne peut pas être dans le futur.", PageForms.FieldError(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), "err-training-date"));
        Assert.False(await factory.InDatabaseAsync(db => db.TrainingCompletions.AnyAsync(c => c.StaffId == id)));
    }

    [Fact]
    public async Task ManagersPage_HasNoTrainingSection()
    {
        var manager = await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Role == StaffRole.Manager).Select(s => s.Id).FirstAsync());
        using var client = await factory.CookieClientAsync(Roles.Manager);

        var html = await client.GetStringAsync($"/gestion/equipe/{manager}");

        Assert.Contains("id=\"nouveau-contrat\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"formation-suivie\"", html, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields) =>
        PageForms.PostAsync(client, $"/gestion/equipe/{id}", fields, $"/gestion/equipe/{id}?handler={handler}");

    private Task<(bool, LocalDate?)> QualificationAsync(Guid id) =>
        factory.InDatabaseAsync(async db => await db.Staff.Where(s => s.Id == id).Select(s => ValueTuple.Create(s.IsTrained, s.QualifiedUntil)).SingleAsync());

    /// <summary>The initial training and a 6-month refresher, through the API (a second call answers 409 and changes nothing).</summary>
    private async Task CreateModulesAsync()
    {
        using var api = await factory.ClientAsync(Roles.Manager);
        using var initial = await api.PostAsJsonAsync("/api/training/modules", new { id = "initial", name = "Formation initiale", kind = "Initial", durationDays = 15 });
        using var refresher = await api.PostAsJsonAsync("/api/training/modules", new { id = "refresher", name = "Recyclage", kind = "Refresher", durationDays = 1, validityMonths = 6 });
        Assert.All([initial.StatusCode, refresher.StatusCode], s => Assert.Contains(s, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
    }
}
