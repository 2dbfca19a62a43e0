using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>A service configured to plan each new week as the first of two (<c>Scheduler:PlanAheadWeeks</c>).</summary>
public sealed class PlanAheadFactory : ApiFactory
{
    public PlanAheadFactory() => PlanAheadWeeks = 2;
}

[Collection(Solving.Name)]
public sealed class PlanAheadSolveTests(PlanAheadFactory factory) : IClassFixture<PlanAheadFactory>
{
    /// <summary>
    /// A week asked for, planned with the week after it: the draft holds the asked week only (its 24 people's hours, no
    /// shift after Sunday) with the solver's summary of that week.
    /// </summary>
    [Fact]
    public async Task Solve_OneWeekPlannedAhead_DraftHoldsTheAskedWeekOnly()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);

        var (started, location) = await SolveApi.StartAsync(manager, "/api/rotas", new { start = "2026-11-30", weeks = 1, options = new { timeLimitSeconds = Solving.TimeLimitSeconds, seed = 1 } });
        started.Dispose();
        var status = await SolveApi.WaitAsync(manager, location, TimeSpan.FromSeconds(120));

        Assert.Equal("Succeeded", status.GetProperty("status").GetString());
        var rota = await manager.GetFromJsonAsync<JsonElement>($"/api/rotas/{status.GetProperty("rotaId").GetGuid()}");
        var dates = rota.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("date").GetString()!).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2026-11-30"), 0, int.MaxValue));
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2026-12-06"), int.MinValue, 0));
        Assert.Equal(24, rota.GetProperty("summary").GetProperty("hours").GetArrayLength());
        Assert.Contains(rota.GetProperty("summary").GetProperty("status").GetString(), new[] { "Optimal", "Feasible" });
    }
}
