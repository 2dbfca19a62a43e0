using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quartz;
using Scheduler.Api.Auth;
using Scheduler.Api.Features.Demand;
using Scheduler.Api.Jobs;
using Scheduler.Api.Startup;

namespace Scheduler.Tests.Api;

/// <summary>
/// Where the weekly demand came from (<c>source</c> of <c>GET /api/demand</c>, the demand and generation pages), and the
/// Monday forecast that keeps it following the calls unless a manager set it by hand.
/// </summary>
public sealed class DemandSourceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly LocalDate ThisMonday = new(2026, 11, 23);

    [Fact]
    public async Task MondayForecast_FollowsTheCalls_UntilAManagerSetsTheDemandByHand_AndAgainAfterTheButton()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var pages = await factory.CookieClientAsync(Roles.Manager);

        // First start: the default profile, recorded when seeded, and the Monday job may replace it.
        var seeded = await SourceAsync(manager);
        Assert.Equal(("Default", ApiFactory.Now.ToString(), true), (seeded.GetProperty("origin").GetString(), seeded.GetProperty("changedAt").GetString(), seeded.GetProperty("refreshedWeekly").GetBoolean()));
        Assert.Equal(
            "Demande par défaut du 3133 le 25/11/2026 10:00. Elle sera remplacée le lundi à 02:00 par la prévision tirée des appels, dès qu'une semaine entière d'appels est enregistrée.",
            await SentenceAsync(pages, "/gestion/demande"));

        // No call recorded: the job keeps the default.
        Assert.Equal(WeeklyDemandOutcome.NoWholeWeek, await RunMondayJobAsync());
        Assert.Equal("Default", (await SourceAsync(manager)).GetProperty("origin").GetString());

        // Two whole weeks of calls (each from its Monday to its Sunday): the job forecasts from them, as the service itself.
        await factory.InDatabaseAsync(db =>
        {
            foreach (var monday in new[] { ThisMonday.PlusWeeks(-1), ThisMonday.PlusWeeks(-2) })
            {
                db.CallRecords.AddRange(DemandForecastTests.Calls(monday, new LocalTime(10, 0), 6));
                db.CallRecords.AddRange(DemandForecastTests.Calls(monday.PlusDays(6), new LocalTime(15, 0), 2));
            }

            return db.SaveChangesAsync();
        });
        Assert.Equal(WeeklyDemandOutcome.Replaced, await RunMondayJobAsync());
        var forecast = await SourceAsync(manager);
        Assert.Equal("Forecast", forecast.GetProperty("origin").GetString());
        Assert.Equal(JsonValueKind.Null, forecast.GetProperty("changedBy").ValueKind);
        Assert.Equal(["2026-11-16", "2026-11-09"], forecast.GetProperty("weeksUsed").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(16, forecast.GetProperty("calls").GetInt32());
        Assert.Equal(
            "Demande prévue le 25/11/2026 10:00 automatiquement depuis 16 appels de 2 semaine(s) entière(s), entre le 09/11/2026 et le 22/11/2026. Elle est recalculée chaque lundi à 02:00 depuis les appels des 4 dernières semaines entières.",
            await SentenceAsync(pages, "/gestion/demande"));

        // Set by hand: recorded with who did it, and the job keeps it.
        var slots = new[] { new { day = "Monday", start = "09:00", channel = "phone", expectedContacts = 4.0, requiredListeners = 7 } };
        using (var put = await manager.PutAsJsonAsync("/api/demand", new { slots }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var manual = await SourceAsync(manager);
        Assert.Equal(("Manual", PlatformSeeder.ManagerEmail, false), (manual.GetProperty("origin").GetString(), manual.GetProperty("changedBy").GetString(), manual.GetProperty("refreshedWeekly").GetBoolean()));
        Assert.Equal(WeeklyDemandOutcome.KeptManual, await RunMondayJobAsync());
        Assert.StartsWith(
            $"Demande saisie à la main le 25/11/2026 10:00 par {PlatformSeeder.ManagerEmail} : elle n'est pas recalculée le lundi.",
            await SentenceAsync(pages, "/gestion/generer"),
            StringComparison.Ordinal);
        Assert.Equal([7], await factory.InDatabaseAsync(db => db.Demand.Where(d => d.Date == null).Select(d => d.RequiredListeners ?? 0).ToListAsync()));

        // The button forecasts again, by the manager, and the Monday job takes over again.
        using (var button = await manager.PostAsync("/api/demand/forecast", null))
        {
            Assert.Equal(HttpStatusCode.OK, button.StatusCode);
        }

        var again = await SourceAsync(manager);
        Assert.Equal(("Forecast", PlatformSeeder.ManagerEmail, true), (again.GetProperty("origin").GetString(), again.GetProperty("changedBy").GetString(), again.GetProperty("refreshedWeekly").GetBoolean()));
        Assert.Equal(WeeklyDemandOutcome.Replaced, await RunMondayJobAsync());
        Assert.Equal(5, await factory.InDatabaseAsync(db => db.DemandChanges.CountAsync()));
    }

    [Fact]
    public async Task MondayJob_IsScheduledMondaysAt0200ParisTime()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(DemandForecastJob.Key)));

        Assert.Equal("0 0 2 ? * MON", trigger.CronExpressionString);
        Assert.Equal("Europe/Paris", trigger.TimeZone.Id);
        // From Tuesday 24 March 2026 (the week daylight saving starts on the Sunday), the next run is Monday 30 March 02:00 CEST.
        var fromMarch = trigger.GetTriggerBuilder().StartAt(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)).Build();
        var next = fromMarch.GetFireTimeAfter(new DateTimeOffset(2026, 3, 24, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.Zero), next);
    }

    /// <summary>The page's sentence on where the demand came from, its link left out.</summary>
    private static async Task<string> SentenceAsync(HttpClient client, string page)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(page));
        var sentence = Regex.Match(html, "<p[^>]*id=\"demand-source\"[^>]*>(.*?)(<a |</p>)", RegexOptions.Singleline);
        Assert.True(sentence.Success, $"{page} does not say where the demand came from");
        return sentence.Groups[1].Value.Trim();
    }

    private static async Task<JsonElement> SourceAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/demand")).GetProperty("source");

    private async Task<WeeklyDemandOutcome> RunMondayJobAsync() =>
        (await factory.InScopeAsync(sp => sp.GetRequiredService<WeeklyDemandRefresh>().RunAsync(CancellationToken.None))).Outcome;
}
