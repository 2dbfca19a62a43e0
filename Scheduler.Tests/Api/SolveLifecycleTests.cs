using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

/// <summary>
/// The whole rota lifecycle through the Quartz solve job on the seeded platform: solve, draft, an edit that breaks a
/// rule, publish with an override, the listener's shifts and calendar, an absence, and a re-plan that lists the changes.
/// </summary>
[Collection(Solving.Name)]
public sealed class SolveLifecycleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>
    /// CP-SAT never proves a week optimal, so a solve always takes its whole limit; with one worker on a busy 2-core
    /// machine the first rota of a week came after 5 s, so the limit leaves room for it.
    /// </summary>
    private const int Seconds = Solving.TimeLimitSeconds;

    [Fact]
    public async Task Lifecycle_SolveEditPublishReplan_EachStepAnswersAsDocumented()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var listener = await factory.ClientAsync(Roles.Listener);
        var me = await RotaApi.MyStaffIdAsync(factory);

        var (started, location) = await SolveApi.StartAsync(manager, "/api/rotas", new { start = "2026-11-30", weeks = 1, options = new { timeLimitSeconds = Seconds, seed = 1 } });
        started.Dispose();
        var status = await SolveApi.WaitAsync(manager, location, Patience);
        Assert.Matches("^/api/rotas/solves/[0-9a-f-]{36}$", location.OriginalString);
        // The whole status on failure: its message says why (no rota in the time, an error).
        Assert.True(status.GetProperty("status").GetString() == "Succeeded", status.ToString());
        Assert.True(status.GetProperty("elapsedSeconds").GetDouble() > 0);

        var rotaId = status.GetProperty("rotaId").GetGuid();
        var rota = await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{rotaId}");
        var summary = rota.GetProperty("summary");
        Assert.Equal("Draft", rota.GetProperty("rota").GetProperty("status").GetString());
        Assert.Contains(summary.GetProperty("status").GetString(), new[] { "Optimal", "Feasible" });
        Assert.Equal(7 * 22, summary.GetProperty("slots").GetArrayLength()); // 7 days × 22 half-hours from 9:00 to 20:00
        Assert.Equal(24, summary.GetProperty("hours").GetArrayLength()); // 24 people × 1 week
        Assert.All(summary.GetProperty("slots").EnumerateArray(), s => Assert.InRange(s.GetProperty("serviceLevel").GetDouble(), 0, 1));
        var myShifts = rota.GetProperty("assignments").EnumerateArray().Where(a => a.GetProperty("staffId").GetGuid() == me).ToList();
        Assert.NotEmpty(myShifts);

        // A two-hour shift breaks the minimum shift length: the edit is saved and the violation is shown. It is off the
        // half-hour grid too, as a manager may type it: the re-plan below replaces it (it used to fail on such a shift).
        var shift = myShifts[0];
        var date = shift.GetProperty("date").GetString()!;
        using var edited = await manager.PutAsJsonAsync($"/api/rotas/{rotaId}/assignments/{shift.GetProperty("id").GetGuid()}", new
        {
            version = rota.GetProperty("rota").GetProperty("version").GetGuid(),
            staffId = me, date, start = "09:15", end = "11:15",
        });
        var edit = await Json.ReadAsync(edited);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Contains(edit.GetProperty("violations").EnumerateArray(), v => v.GetProperty("rule").GetString() == RuleNames.ShiftLength);

        using (var refused = await RotaApi.PublishAsync(factory, rotaId, overrideReason: null))
        {
            await Json.AssertProblemNamesAsync(refused, HttpStatusCode.BadRequest, "overrideReason");
        }

        using (var published = await RotaApi.PublishAsync(factory, rotaId, "Short shift agreed for a training."))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        var mine = await listener.GetFromJsonAsync<JsonElement>("/api/me/shifts?from=2026-11-30&to=2026-12-06");
        Assert.Equal(myShifts.Count, mine.GetArrayLength());
        var url = (await listener.GetFromJsonAsync<JsonElement>("/api/me/calendar")).GetProperty("url").GetString()!;
        var feed = await factory.CreateClient().GetStringAsync(new Uri(url).PathAndQuery);
        Assert.Equal(myShifts.Count, feed.Split("BEGIN:VEVENT").Length - 1);

        // Off sick on the day of the edited shift: the re-plan removes that shift and says so.
        using (var absence = await manager.PostAsJsonAsync($"/api/staff/{me}/absences", new { from = date, to = date, kind = "Sickness" }))
        {
            Assert.True(absence.IsSuccessStatusCode, await absence.Content.ReadAsStringAsync());
        }

        var (replanStarted, replanLocation) = await SolveApi.StartAsync(manager, $"/api/rotas/{rotaId}/replan", new { options = new { timeLimitSeconds = Seconds } });
        replanStarted.Dispose();
        var replan = await SolveApi.WaitAsync(manager, replanLocation, Patience);
        Assert.Equal("Succeeded", replan.GetProperty("status").GetString());
        Assert.Equal(rotaId, replan.GetProperty("referenceRotaId").GetGuid());
        Assert.Contains(replan.GetProperty("changes").EnumerateArray(), c =>
            c.GetProperty("change").GetString() == "removed" && c.GetProperty("staffId").GetGuid() == me && c.GetProperty("date").GetString() == date);
        // The re-plan repairs the published week (about 100 shifts) around the absence; a search from scratch changed nearly all.
        var changes = replan.GetProperty("changes").GetArrayLength();
        Assert.True(changes <= 20, $"{changes} shifts changed");
        var draft = await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{replan.GetProperty("rotaId").GetGuid()}");
        Assert.DoesNotContain(draft.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("staffId").GetGuid() == me && a.GetProperty("date").GetString() == date);
    }

    [Fact]
    public async Task Cancel_RunningSolve_EndsCancelledLongBeforeItsTimeLimit()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var (started, location) = await SolveApi.StartAsync(manager, "/api/rotas", new { start = "2027-02-01", weeks = 2, options = new { timeLimitSeconds = 120 } });
        started.Dispose();
        var running = await SolveApi.WaitAsync(manager, location, Patience, s => s.GetProperty("status").GetString() != "Queued");
        var id = running.GetProperty("id").GetGuid();

        using var cancel = await manager.PostAsync($"/api/rotas/solves/{id}/cancel", null);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ended = await SolveApi.WaitAsync(manager, location, Patience);
        using var again = await manager.PostAsync($"/api/rotas/solves/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("Cancelled", ended.GetProperty("status").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"Cancelling took {clock.Elapsed}.");
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("rotaId").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Replan_DraftRota_Answers409()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2027-03-01", RotaApi.Shift(me, "2027-03-01", "09:00", "15:00"));
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PostAsJsonAsync($"/api/rotas/{RotaApi.RotaId(rota)}/replan", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().SolveRuns.AnyAsync(r => r.ReferenceRotaId == RotaApi.RotaId(rota)));
    }

    [Theory]
    [InlineData("2026-11-30", 0, "weeks")]
    [InlineData("2026-11-30", 7, "weeks")]
    [InlineData("2026-12-01", 1, "start")]
    public async Task Start_BadPeriod_Answers400NamingTheField(string start, int weeks, string field)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PostAsJsonAsync("/api/rotas", new { start, weeks });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Start_TimeLimitOutOfRange_Answers400NamingTheOption()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PostAsJsonAsync("/api/rotas", new { start = "2026-11-30", weeks = 1, options = new { timeLimitSeconds = 0 } });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "options.timeLimitSeconds");
    }

    [Fact]
    public async Task Status_UnknownId_Answers404()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.GetAsync($"/api/rotas/solves/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
