using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The demand heat map, the rota list and the rota page (fairness, exports, predicted service level), over HTTP against the real host.</summary>
public sealed partial class ManagerPlanningPagesTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _factory;

    public ManagerPlanningPagesTests(ApiFactory factory) => _factory = factory;

    [Fact]
    public async Task DemandPage_StoredDemand_Shows7DaysBy22HalfHoursWithTheStoredValues()
    {
        // Monday needs 2 listeners every half-hour, Sunday 9 at 19:30 only: every other cell must read 0.
        await PutMondayAndSundayDemandAsync();

        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var html = await client.GetStringAsync("/gestion/demande");

        Assert.Contains("href=\"/gestion/demande\" aria-current=\"page\"", html, StringComparison.Ordinal);
        var rows = RowPattern().Matches(html[html.IndexOf("<tbody>", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(7, rows.Count);
        var cells = rows.Select(r => CellPattern().Matches(r).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList()).ToList();
        Assert.All(cells, c => Assert.Equal(22, c.Count));
        Assert.All(cells[0], v => Assert.Equal(2, v));
        Assert.Equal(9, cells[6][21]);
        Assert.Equal(9, cells.SelectMany(c => c).Sum() - (22 * 2));
        Assert.Contains("<th scope=\"row\">lundi</th>", rows[0], StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">dimanche</th>", rows[6], StringComparison.Ordinal);
        // 22 half-hours × 2 listeners = 22 listener-hours; Sunday's one half-hour × 9 = 4.5.
        Assert.Contains(">22 h</td>", rows[0], StringComparison.Ordinal);
        Assert.Contains(">4,5 h</td>", rows[6], StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">19:30</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemandPage_Listener_IsRefused()
    {
        using var client = await _factory.CookieClientAsync(Roles.Listener);
        using var response = await client.GetAsync("/gestion/demande");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/acces-refuse", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotaPage_WeeksPublishedBefore_CountsTheirWeekendsAndLateShiftsInTheFairnessTable()
    {
        var staffId = await RotaApi.MyStaffIdAsync(_factory);
        var before = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-01-04",
            RotaApi.Shift(staffId, "2027-01-09", "09:00", "13:00"), RotaApi.Shift(staffId, "2027-01-10", "13:00", "20:00", "16:00", "16:45")));
        (await RotaApi.PublishAsync(_factory, before)).Dispose();
        var draft = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-01-18", RotaApi.Shift(staffId, "2027-01-23", "13:00", "20:00", "16:00", "16:45")));
        string name;
        using (var scope = _factory.Services.CreateScope())
        {
            name = (await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().Staff.FindAsync(staffId))!.Name;
        }

        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var html = await client.GetStringAsync($"/gestion/plannings/{draft}");

        Assert.Contains("<h3>Équité depuis le lundi 21/12/2026</h3>", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("<table class=\"fairness\">", StringComparison.Ordinal)..];
        var row = RowPattern().Matches(table).Select(m => m.Groups[1].Value).Single(r => r.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(name)}</th>", StringComparison.Ordinal));
        Assert.EndsWith("<td>3</td><td>2</td><td>0</td>", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotaList_ServiceSources_NamedInWordsAndAnImportsSourceAsGiven()
    {
        var staffId = await RotaApi.MyStaffIdAsync(_factory);
        var imported = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-03-01", RotaApi.Shift(staffId, "2027-03-02", "09:00", "13:00")));
        var demo = Guid.NewGuid();
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
            db.Rotas.Add(new RotaEntity
            {
                Id = demo, PeriodStart = new LocalDate(2027, 3, 8), PeriodEnd = new LocalDate(2027, 3, 14), Status = RotaStatus.Draft,
                Source = Scheduler.Api.Startup.DemoHistorySeeder.RotaSource, CreatedAt = ApiFactory.Now,
            });
            await db.SaveChangesAsync();
        }

        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var html = await client.GetStringAsync("/gestion");

        Assert.Matches($"/gestion/plannings/{demo}\"[^\n]*\n[^\n]*\n\\s*<td class=\"wide-only\">Historique de démonstration</td>", html);
        Assert.Matches($"/gestion/plannings/{imported}\"[^\n]*\n[^\n]*\n\\s*<td class=\"wide-only\">test</td>", html);
    }

    [Fact]
    public async Task RotaPage_FileLink_DownloadsTheRotaFileOfItsPeriod()
    {
        var staffId = await RotaApi.MyStaffIdAsync(_factory);
        var draft = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-02-01", RotaApi.Shift(staffId, "2027-02-02", "09:00", "13:00")));
        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var html = await client.GetStringAsync($"/gestion/plannings/{draft}");

        using var response = await client.GetAsync($"/gestion/plannings/{draft}?handler=File");
        var file = Scheduler.Api.Rostering.RotaDocument.Read(await response.Content.ReadAsStringAsync());

        Assert.Contains("<a href=\"?handler=File\" id=\"rota-file\" download>Télécharger le fichier du planning (JSON)</a>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("rota-2027-02-01-1w.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(new LocalDate(2027, 2, 1), file.Problem.Start);
        var shift = Assert.Single(file.Assignments);
        Assert.Equal((staffId.ToString(), new LocalTime(9, 0), new LocalTime(13, 0)), (shift.StaffId, shift.Start, shift.End));
    }

    [Fact]
    public async Task RotaPage_CsvExport_OneRowPerShiftWithItsPaidHours()
    {
        var staffId = await RotaApi.MyStaffIdAsync(_factory);
        var other = await RotaApi.SomeoneElseAsync(_factory, staffId);
        var draft = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-02-08",
            RotaApi.Shift(other, "2027-02-09", "13:00", "20:00", "16:00", "16:45"),
            RotaApi.Shift(staffId, "2027-02-08", "09:00", "13:30")));
        string mine, theirs;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
            (mine, theirs) = ((await db.Staff.FindAsync(staffId))!.Name, (await db.Staff.FindAsync(other))!.Name);
        }

        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var html = await client.GetStringAsync($"/gestion/plannings/{draft}");
        using var response = await client.GetAsync($"/gestion/plannings/{draft}?handler=Csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");

        Assert.Contains("<a href=\"?handler=Csv\" id=\"rota-csv\" download>Exporter en CSV</a>", html, StringComparison.Ordinal);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3133-planning-2027-02-08.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Personne,Rôle,Contrat (h/semaine),Date,Début,Fin,Début de pause,Fin de pause,Heures payées", lines[0]);
        // By date: Monday's 4.5 h without a break, then Tuesday's 7 h less its 45-minute break.
        Assert.Matches($"^{Regex.Escape(mine)},[^,]+,\\d+,08/02/2027,09:00,13:30,,,4.5$", lines[1]);
        Assert.Matches($"^{Regex.Escape(theirs)},[^,]+,\\d+,09/02/2027,13:00,20:00,16:00,16:45,6.25$", lines[2]);
        Assert.Equal("", lines[3]);
    }

    /// <summary>
    /// A full-time listener was on leave in a published week whose weekend the eight others all worked (Saturday morning,
    /// Sunday to closing). Two weeks later the draft's fairness table credits that week's average: 2 weekend days and 1 late
    /// shift, each shown as credited for time away.
    /// </summary>
    [Fact]
    public async Task RotaPage_LeaveInAWeekPublishedBefore_CreditedInTheFairnessTable()
    {
        List<(Guid Id, string Name)> fullTime;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
            fullTime = [.. db.Staff.Where(s => s.Role == Scheduler.Solver.Domain.StaffRole.Listener && s.Contracts.Any(c => c.WeeklyMinutes == 35 * 60))
                .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).AsEnumerable().Select(s => (s.Id, s.Name))];
        }

        var (awayId, awayName) = fullTime[0];
        using (var manager = await _factory.ClientAsync(Roles.Manager))
        {
            using var leave = await manager.PostAsJsonAsync($"/api/staff/{awayId}/absences", new { from = "2027-03-01", to = "2027-03-07", kind = "Leave" });
            Assert.Equal(HttpStatusCode.Created, leave.StatusCode);
        }

        var weekend = fullTime.Skip(1).SelectMany(p => new[]
        {
            RotaApi.Shift(p.Id, "2027-03-06", "09:00", "13:00"),
            RotaApi.Shift(p.Id, "2027-03-07", "13:00", "20:00", "16:00", "16:45"),
        }).ToArray();
        (await RotaApi.PublishAsync(_factory, RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-03-01", weekend)))).Dispose();
        var draft = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-03-15"));

        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var html = await client.GetStringAsync($"/gestion/plannings/{draft}");

        var table = html[html.IndexOf("<table class=\"fairness\">", StringComparison.Ordinal)..];
        var row = RowPattern().Matches(table).Select(m => m.Groups[1].Value).Single(r => r.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(awayName)}</th>", StringComparison.Ordinal));
        Assert.Contains("<td>2 <span class=\"hint\">(dont 2 au titre d", row, StringComparison.Ordinal);
        Assert.Contains("<td>1 <span class=\"hint\">(dont 1 au titre d", row, StringComparison.Ordinal);
        Assert.EndsWith("<td>0</td>", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotaPage_StoredDemand_PredictsTheServiceLevelOfEachDayFromThePlannedListeners()
    {
        // Monday expects 5 calls a half-hour (2.5 erlangs): one listener in the morning answers none of them in time.
        await PutMondayAndSundayDemandAsync();
        var staffId = await RotaApi.MyStaffIdAsync(_factory);
        var rotaId = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-04-05", RotaApi.Shift(staffId, "2027-04-05", "09:00", "13:00")));
        using var client = await _factory.CookieClientAsync(Roles.Manager);

        var html = await client.GetStringAsync($"/gestion/plannings/{rotaId}");

        var section = html[html.IndexOf("id=\"service-forecast\"", StringComparison.Ordinal)..];
        Assert.Contains("Sur la semaine, 0 % des appels attendus répondus à temps (objectif 80 %) ; 23 demi-heure(s) sur 154 sous l'objectif.", WebUtility.HtmlDecode(section), StringComparison.Ordinal);
        var table = section[section.IndexOf("<tbody>", StringComparison.Ordinal)..section.IndexOf("</tbody>", StringComparison.Ordinal)];
        var rows = RowPattern().Matches(table).Select(m => CellTextPattern().Matches(m.Groups[1].Value).Select(c => c.Groups[1].Value).ToList()).ToList();
        Assert.Equal(7, rows.Count);
        Assert.Equal(["lundi 05/04/2027", "110", "0 %", "09:00–20:00"], rows[0]);
        Assert.Equal(["mardi 06/04/2027", "0", "–", "–"], rows[1]);
        Assert.Equal(["dimanche 11/04/2027", "20", "0 %", "19:30–20:00"], rows[6]);
    }

    /// <summary>Monday needs 2 listeners and expects 5 calls every half-hour, Sunday 9 and 20 calls at 19:30 only.</summary>
    private async Task PutMondayAndSundayDemandAsync()
    {
        var slots = Enumerable.Range(0, 22).Select(i => (object)new { day = "Monday", start = new LocalTime(9, 0).PlusMinutes(30 * i).ToString("HH:mm", null), channel = "phone", expectedContacts = 5.0, requiredListeners = 2 })
            .Append(new { day = "Sunday", start = "19:30", channel = "phone", expectedContacts = 20.0, requiredListeners = 9 });
        using var api = await _factory.ClientAsync(Roles.Manager);
        using var put = await api.PutAsJsonAsync("/api/demand", new { slots });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellTextPattern();

    [GeneratedRegex("<td style=\"[^\"]*\">(\\d+)</td>")]
    private static partial Regex CellPattern();
}
