using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The re-plan form of a published rota and a finished re-plan's changes, over HTTP against the real host.</summary>
public sealed partial class ReplanPagesTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _factory;

    public ReplanPagesTests(ApiFactory factory) => _factory = factory;

    [Fact]
    public async Task ReplanForm_PublishedRota_QueuesARunWithTheRotaAsReferenceAndRedirectsToIt()
    {
        var staffId = await RotaApi.MyStaffIdAsync(_factory);
        var rotaId = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2026-12-14", RotaApi.Shift(staffId, "2026-12-15", "09:00", "16:00", "12:00", "12:30")));
        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var draftPage = await client.GetStringAsync($"/gestion/plannings/{rotaId}");
        Assert.DoesNotContain("handler=Replan", draftPage, StringComparison.Ordinal);
        using (var published = await RotaApi.PublishAsync(_factory, rotaId))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        var page = await client.GetStringAsync($"/gestion/plannings/{rotaId}");
        var action = WebUtility.HtmlDecode(ReplanActionPattern().Match(page).Groups[1].Value);
        Assert.StartsWith($"/gestion/plannings/{rotaId}?", action, StringComparison.Ordinal);
        using var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PageForms.Token(page),
            ["keepOthers"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/gestion/generer/", location, StringComparison.Ordinal);
        var runId = Guid.Parse(location["/gestion/generer/".Length..]);
        using var api = await _factory.ClientAsync(Roles.Manager);
        var run = await api.GetFromJsonAsync<JsonElement>($"/api/rotas/solves/{runId}");
        Assert.Equal(rotaId, run.GetProperty("referenceRotaId").GetGuid());
        Assert.Equal("2026-12-14", run.GetProperty("start").GetString());
        Assert.Contains("<label for=\"keep-others\">Ne changer que les services des personnes absentes", page, StringComparison.Ordinal);
        Assert.True(await _factory.InDatabaseAsync(db => db.SolveRuns.Where(r => r.Id == runId).Select(r => r.PinUnchanged).SingleAsync()));
        // The page proves the form; the solve itself is the solver tests' business, so it stops here.
        (await api.PostAsync($"/api/rotas/solves/{runId}/cancel", null)).Dispose();
    }

    [Fact]
    public async Task ProgressPage_FinishedReplan_ListsTheChangedShiftsAndLinksTheDraft()
    {
        var staffId = await RotaApi.MyStaffIdAsync(_factory);
        var otherId = await RotaApi.SomeoneElseAsync(_factory, staffId);
        var (runId, draftId, referenceId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        string name;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
            name = (await db.Staff.FindAsync(staffId))!.Name;
            var changes = new[]
            {
                new ShiftChange(ShiftChanges.Moved, staffId, new LocalDate(2026, 12, 1), new LocalTime(9, 0), new LocalTime(16, 0), new LocalTime(13, 0), new LocalTime(20, 0)),
                new ShiftChange(ShiftChanges.Added, otherId, new LocalDate(2026, 12, 2), null, null, new LocalTime(10, 0), new LocalTime(17, 0)),
            };
            db.SolveRuns.Add(new SolveRunEntity
            {
                Id = runId, PeriodStart = new LocalDate(2026, 11, 30), Weeks = 1, TimeLimitSeconds = 5, Seed = 1,
                ReferenceRotaId = referenceId, Status = SolveRunStatus.Succeeded, RequestedBy = "test", CreatedAt = ApiFactory.Now,
                UpdatedAt = ApiFactory.Now, FinishedAt = ApiFactory.Now, RotaId = draftId, ChangesJson = JsonSerializer.Serialize(changes, SolveRunJson.Options),
            });
            await db.SaveChangesAsync();
        }

        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var html = await client.GetStringAsync($"/gestion/generer/{runId}");

        var section = html[html.IndexOf("id=\"changes\"", StringComparison.Ordinal)..];
        Assert.Contains("2 horaires modifiés", section, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(name)}</th>", section, StringComparison.Ordinal);
        Assert.Contains("mardi 01/12/2026", section, StringComparison.Ordinal);
        Assert.Contains("déplacé", section, StringComparison.Ordinal);
        Assert.Contains("09:00–16:00", section, StringComparison.Ordinal);
        Assert.Contains("13:00–20:00", section, StringComparison.Ordinal);
        Assert.Contains("ajouté", section, StringComparison.Ordinal);
        Assert.Contains($"href=\"/gestion/plannings/{draftId}\"", section, StringComparison.Ordinal);
        Assert.Contains($"href=\"/gestion/plannings/{referenceId}\"", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgressPage_FinishedReplan_TagsThePartTimersChangesInsideTheNotice()
    {
        var (runId, draftId, referenceId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        StaffEntity partTimer, fullTimer;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
            var listeners = await db.Staff.Include(s => s.Contracts).Where(s => s.Role == Scheduler.Solver.Domain.StaffRole.Listener).ToListAsync();
            partTimer = listeners.First(s => s.Contracts.All(c => c.WeeklyMinutes < 2100));
            fullTimer = listeners.First(s => s.Contracts.All(c => c.WeeklyMinutes == 2100));
            var changes = new[]
            {
                new ShiftChange(ShiftChanges.Moved, partTimer.Id, new LocalDate(2026, 12, 1), new LocalTime(9, 0), new LocalTime(15, 0), new LocalTime(13, 0), new LocalTime(19, 0)),
                new ShiftChange(ShiftChanges.Moved, fullTimer.Id, new LocalDate(2026, 12, 1), new LocalTime(9, 0), new LocalTime(16, 0), new LocalTime(13, 0), new LocalTime(20, 0)),
                new ShiftChange(ShiftChanges.Removed, partTimer.Id, new LocalDate(2026, 12, 5), new LocalTime(9, 0), new LocalTime(15, 0), null, null),
            };
            db.SolveRuns.Add(new SolveRunEntity
            {
                Id = runId, PeriodStart = new LocalDate(2026, 11, 30), Weeks = 1, TimeLimitSeconds = 5, Seed = 1,
                ReferenceRotaId = referenceId, Status = SolveRunStatus.Succeeded, RequestedBy = "test", CreatedAt = ApiFactory.Now,
                UpdatedAt = ApiFactory.Now, FinishedAt = ApiFactory.Now, RotaId = draftId, ChangesJson = JsonSerializer.Serialize(changes, SolveRunJson.Options),
            });
            await db.SaveChangesAsync();
        }

        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/generer/{runId}"));

        var rows = Regex.Matches(html, "<tr>\\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", RegexOptions.Singleline).Select(m => (Name: m.Groups[1].Value, Cells: m.Groups[2].Value)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("préavis court", Assert.Single(rows, r => r.Name == partTimer.Name && r.Cells.Contains("01/12", StringComparison.Ordinal)).Cells, StringComparison.Ordinal);
        Assert.DoesNotContain("préavis court", Assert.Single(rows, r => r.Name == fullTimer.Name).Cells, StringComparison.Ordinal);
        Assert.DoesNotContain("préavis court", Assert.Single(rows, r => r.Cells.Contains("05/12", StringComparison.Ordinal)).Cells, StringComparison.Ordinal);
        Assert.Contains("« préavis court » : un changement pour une personne à temps partiel dans moins de 7 jours ouvrés", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// A listener worked a Saturday and a Sunday to closing in a published week; the draft two weeks later has their Saturday
    /// to closing. The explanation panel counts from four weeks before the draft: 3 weekend days, 2 late shifts, no holiday.
    /// </summary>

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*handler=Replan[^\"]*)\"")]
    private static partial Regex ReplanActionPattern();
}
