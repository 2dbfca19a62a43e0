using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>
/// A solve no rota can answer, through the real service: the run fails with the rules in conflict, each in French and
/// English, and the hours the staff cannot cover; the generation page says it in its reader's language.
/// </summary>
[Collection(Solving.Name)]
public sealed class InfeasibleSolveTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>
    /// One of the three managers on leave the whole week of 7 December: the two left cannot keep one of them on duty
    /// 77 hours (ten shifts of at most 10 h for seven days of 11 h).
    /// </summary>
    [Fact]
    public async Task Solve_ManagerOnLeaveAWeek_FailsNamingTheLeaveAndTheManagerHoursShort()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var away = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .First(s => s.GetProperty("role").GetString() == "Manager");
        var awayId = away.GetProperty("id").GetGuid().ToString();
        (await manager.PostAsJsonAsync($"/api/staff/{awayId}/absences", new { from = "2026-12-07", to = "2026-12-13", kind = "Leave" })).EnsureSuccessStatusCode().Dispose();

        var (started, location) = await SolveApi.StartAsync(manager, "/api/rotas", new { start = "2026-12-07", weeks = 1, options = new { timeLimitSeconds = Solving.TimeLimitSeconds, seed = 1 } });
        started.Dispose();
        var status = await SolveApi.WaitAsync(manager, location, TimeSpan.FromSeconds(120));

        Assert.Equal("Failed", status.GetProperty("status").GetString());
        var explanation = status.GetProperty("explanation");
        var conflicts = explanation.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Contains(conflicts, c => c.GetProperty("rule").GetString() == "availability" && c.GetProperty("staffId").GetString() == awayId);
        Assert.Contains(conflicts, c => c.GetProperty("rule").GetString() == "manager-cover");
        Assert.All(conflicts, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("french").GetString()) || string.IsNullOrWhiteSpace(c.GetProperty("english").GetString())));
        var shortages = explanation.GetProperty("shortages").EnumerateArray().ToList();
        Assert.NotEmpty(shortages);
        Assert.All(shortages, s => Assert.Equal("manager-cover", s.GetProperty("rule").GetString()));
        Assert.All(shortages, s => Assert.InRange(string.CompareOrdinal(s.GetProperty("date").GetString(), "2026-12-07"), 0, 6));

        Assert.True(status.GetProperty("elapsedSeconds").GetDouble() > 0, "A failed run still tells how long it took.");

        // The run's error says the same in sentences, one after the other: the conflicts, then the hours short per day.
        var error = status.GetProperty("error").GetString()!;
        Assert.StartsWith("No rota keeps every hard rule. ", error, StringComparison.Ordinal);
        Assert.Contains(conflicts[^1].GetProperty("english").GetString() + " " + shortages.Select(x => x.GetProperty("date").GetString()).Min(StringComparer.Ordinal) + ": ", error, StringComparison.Ordinal);
        Assert.Contains("manager-hour(s) missing.", error, StringComparison.Ordinal);

        // The page, in French: the lead sentence, the conflict's French sentence and the hours short, never the English text.
        using var page = await factory.CookieClientAsync(Roles.Manager);
        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/gestion/generer/" + status.GetProperty("id").GetGuid()));
        Assert.Contains("Aucun planning ne peut respecter toutes les règles sur cette période.", html, StringComparison.Ordinal);
        Assert.Contains(conflicts.First(c => c.GetProperty("rule").GetString() == "manager-cover").GetProperty("french").GetString()!, html, StringComparison.Ordinal);
        Assert.Contains("sans cadre de permanence", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No rota keeps every hard rule", html, StringComparison.Ordinal);
        Assert.Contains(away.GetProperty("name").GetString() + " est absent(e) du 7 décembre au 13 décembre 2026.", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"({awayId})", html, StringComparison.Ordinal);
    }
}
