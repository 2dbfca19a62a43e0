using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Api;

/// <summary>The weekly demand forecast again from the line's own calls (POST /api/demand/forecast), against the real host.</summary>
public sealed class DemandForecastTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>Monday 23 November 2026, the fake clock's week: the 4 whole weeks before it start on 26 October.</summary>
    private static readonly LocalDate ThisMonday = new(2026, 11, 23);

    [Fact]
    public async Task Forecast_FourRecordedWeeks_ReplacesTheProfileWithTheirCallsAndTheListenersErlangAsks()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var before = await manager.GetFromJsonAsync<JsonElement>("/api/demand");

        // No call yet: nothing to forecast from, and nothing changes.
        using (var refused = await manager.PostAsync("/api/demand/forecast", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        Assert.Equal(before.ToString(), (await manager.GetFromJsonAsync<JsonElement>("/api/demand")).ToString());
        using var page = await factory.CookieClientAsync(Roles.Manager);
        Assert.Contains("Aucune semaine entière d'appels enregistrée", await ForecastFromPageAsync(page), StringComparison.Ordinal);

        // Each of the 4 weeks: 6 calls on Monday 10:00–10:30, 2 on Sunday 15:00–15:30; this week's Monday is not counted.
        var calls = new List<CallRecordEntity>();
        for (var week = 1; week <= 4; week++)
        {
            var monday = ThisMonday.PlusWeeks(-week);
            calls.AddRange(Calls(monday, new LocalTime(10, 0), 6));
            calls.AddRange(Calls(monday.PlusDays(6), new LocalTime(15, 0), 2));
        }

        calls.AddRange(Calls(ThisMonday, new LocalTime(10, 0), 20));
        await SeedAsync(calls);

        using var response = await manager.PostAsync("/api/demand/forecast", null);
        var body = await Json.ReadAsync(response);
        var demand = (await manager.GetFromJsonAsync<JsonElement>("/api/demand")).GetProperty("slots").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["2026-11-16", "2026-11-09", "2026-11-02", "2026-10-26"], body.GetProperty("weeksUsed").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(32, body.GetProperty("calls").GetInt32());
        Assert.Equal(7 * 22, demand.Count);
        // 6 calls of 15 min in a half-hour are 3 erlangs: Erlang C answers 79.3 % within 60 s with 5 listeners, 91.9 % with
        // 6; 2 calls (1 erlang): 68.8 % with 2, 92.0 % with 3 (worked by hand).
        Assert.Equal((6.0, 6), Slot(demand, "Monday", "10:00"));
        Assert.Equal((2.0, 3), Slot(demand, "Sunday", "15:00"));
        Assert.Equal((0.0, 0), Slot(demand, "Tuesday", "10:00"));
        Assert.Contains("Demande recalculée depuis 32 appels de 4 semaine(s) entière(s).", await ForecastFromPageAsync(page), StringComparison.Ordinal);
    }

    /// <summary>"Recalculer depuis les appels" on the demand page, then the page it leads to.</summary>
    private static async Task<string> ForecastFromPageAsync(HttpClient page)
    {
        using var posted = await PageForms.PostAsync(page, "/gestion/demande", [], "/gestion/demande?handler=Forecast");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return WebUtility.HtmlDecode(await page.GetStringAsync(posted.Headers.Location!.OriginalString));
    }

    private static (double Calls, int Listeners) Slot(List<JsonElement> demand, string day, string start)
    {
        var slot = demand.Single(s => s.GetProperty("day").GetString() == day && s.GetProperty("start").GetString() == start);
        return (slot.GetProperty("expectedContacts").GetDouble(), slot.GetProperty("requiredListeners").GetInt32());
    }

    internal static IEnumerable<CallRecordEntity> Calls(LocalDate date, LocalTime start, int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var offered = date.At(start.PlusMinutes(i * 30 / count)).InZoneStrictly(RotaProblem.TimeZone).ToInstant();
            return new CallRecordEntity
            {
                CallId = $"forecast-{date:yyyy-MM-dd}-{start:HHmm}-{i}",
                Channel = "phone",
                OfferedAt = offered,
                AnsweredAt = offered + Duration.FromSeconds(20),
                EndedAt = offered + Duration.FromMinutes(15),
                ListenerId = "l1",
            };
        });

    private async Task SeedAsync(IEnumerable<CallRecordEntity> calls)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        db.CallRecords.AddRange(calls);
        await db.SaveChangesAsync();
    }
}
