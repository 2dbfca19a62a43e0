using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

public sealed class SlaDashboardSourceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public async Task GetAsync_Last7Days_SumsEachDaysHalfHoursAndAveragesPerHalfHour()
    {
        await SeedAsync(
            Row(Today.PlusDays(-1), new LocalTime(9, 0), offered: 10, within: 8, abandoned: 1),
            Row(Today.PlusDays(-1), new LocalTime(9, 30), offered: 10, within: 6, abandoned: 3),
            Row(Today.PlusDays(-2), new LocalTime(9, 0), offered: 4, within: 4, abandoned: 0),
            Row(Today.PlusDays(-9), new LocalTime(9, 0), offered: 50, within: 0, abandoned: 50));

        var dashboard = await GetAsync(QualityRange.Last7Days);

        Assert.Equal(["23/11", "24/11"], dashboard.OverTime.Select(p => p.Label));
        var yesterday = dashboard.OverTime[1];
        Assert.Equal(20, yesterday.Offered);
        Assert.Equal(14 / 20.0, yesterday.ServiceLevel!.Value, 9);
        Assert.Equal(4 / 20.0, yesterday.Abandonment!.Value, 9);
        // 09:00 over the range: 10 + 4 offered, 8 + 4 within target (the row 9 days ago is outside the range).
        var nine = Assert.Single(dashboard.PerHalfHour, p => p.Label == "09:00");
        Assert.Equal(14, nine.Offered);
        Assert.Equal(12 / 14.0, nine.ServiceLevel!.Value, 9);
        Assert.Equal(0.8, dashboard.Targets.ServiceLevel);
    }

    [Fact]
    public async Task GetAsync_Last12Months_GroupsByMonthWithMonthLabels()
    {
        await SeedAsync(Row(new LocalDate(2026, 1, 15), new LocalTime(14, 0), offered: 7, within: 7, abandoned: 0));

        var dashboard = await GetAsync(QualityRange.Last12Months);

        var january = Assert.Single(dashboard.OverTime, p => p.Label == "01/2026");
        Assert.True(january.Offered >= 7);
        Assert.DoesNotContain(dashboard.OverTime, p => p.Label == "11/2025");
    }

    [Fact]
    public async Task GetAsync_PublishedRota_PredictsItsPointsFromThePlannedListenersAndTheExpectedCalls()
    {
        // Tuesdays expect 4 calls at 09:00 (2 erlangs), nothing else; the rota published for 16 June plans 3 listeners then:
        // Erlang C answers 1 − 4/9 · e^(−60/900) = 0.5842 of them within 60 s (worked by hand in ServiceLevelForecastTests).
        await PutTuesdayDemandAsync();

        var listeners = await ListenersAsync(3);
        await PublishTuesdayMorningAsync("2026-06-15", listeners);

        // What happened: 16 June under its rota, 14 July with no published rota.
        await SeedAsync(
            Row(new LocalDate(2026, 6, 16), new LocalTime(9, 0), offered: 6, within: 3, abandoned: 1),
            Row(new LocalDate(2026, 7, 14), new LocalTime(9, 0), offered: 5, within: 5, abandoned: 0));

        var dashboard = await GetAsync(QualityRange.Last12Months);

        var june = Assert.Single(dashboard.OverTime, p => p.Label == "06/2026");
        Assert.Equal((6, 0.5, 0.5842), (june.Offered, june.ServiceLevel, Math.Round(june.Predicted!.Value, 4)));
        Assert.Null(Assert.Single(dashboard.OverTime, p => p.Label == "07/2026").Predicted);
        Assert.Equal(0.5842, Assert.Single(dashboard.PerHalfHour, p => p.Label == "09:00").Predicted!.Value, 4);
    }

    [Fact]
    public async Task GetAsync_UntrainedListenerPlanned_PredictsAsTheRotaPageDoesWithTrainedListenersOnly()
    {
        // Tuesdays expect 4 calls at 09:00; the rota of 15 September plans 4 listeners then, one of them untrained. Untrained
        // listeners never count toward cover: the prediction is that of 3 (0.5842, as in the test above), not of 4.
        await PutTuesdayDemandAsync();

        var listeners = await ListenersAsync(4);
        await factory.InDatabaseAsync(async db =>
        {
            (await db.Staff.SingleAsync(s => s.Id == listeners[3])).IsTrained = false;
            return await db.SaveChangesAsync();
        });
        var rota = await PublishTuesdayMorningAsync("2026-09-14", listeners);

        var day = new LocalDate(2026, 9, 15);
        var predicted = await factory.InScopeAsync(sp => sp.GetRequiredService<PredictedServiceLevels>().GetAsync(day, day, CancellationToken.None));
        var onRotaPage = await factory.InScopeAsync(async sp =>
        {
            var stored = await sp.GetRequiredService<SchedulerDbContext>().Rotas.Include(r => r.Assignments).SingleAsync(r => r.Id == rota);
            return (await sp.GetRequiredService<RotaInsight>().AnalyseAsync(stored, null, CancellationToken.None)).ServiceLevels;
        });

        var nine = Assert.Single(predicted, s => s.Start == new LocalTime(9, 0));
        Assert.Equal((3, 0.5842), (nine.Listeners, Math.Round(nine.ServiceLevel, 4)));
        Assert.Equal(nine, Assert.Single(onRotaPage, s => s.Date == nine.Date && s.Start == nine.Start));
    }

    [Fact]
    public async Task GetAsync_PatienceKnown_PredictsTheAbandonmentBesideWhatHappened()
    {
        // Tuesdays expect 4 calls at 09:00; the rota of 13 October plans 3 listeners then; 20 callers of 24 November hung up
        // after 75 s (a patience of 70 s beyond the 5 s of short abandons): Erlang A gives the share who would hang up.
        await PutTuesdayDemandAsync();

        var listeners = await ListenersAsync(3);
        await PublishTuesdayMorningAsync("2026-10-12", listeners);

        await SeedAsync(Row(new LocalDate(2026, 10, 13), new LocalTime(9, 0), offered: 4, within: 3, abandoned: 1));
        await CallImports.GaveUpAsync(factory, 20, 75, "dashboard");

        var dashboard = await GetAsync(QualityRange.Last12Months);

        var expected = Scheduler.Solver.Staffing.ErlangA.Evaluate(new Scheduler.Solver.Staffing.CallLoad(4, 1800, 900), 3, 70, 60).AbandonmentProbability;
        var october = Assert.Single(dashboard.OverTime, p => p.Label == "10/2026");
        Assert.Equal((0.25, expected), (october.Abandonment, october.PredictedAbandonment!.Value));
        var csv = Scheduler.Api.Pages.Quality.QualityCsv.Points(dashboard.OverTime, new Scheduler.Api.Web.FrenchText()).ToString().Split('\n');
        Assert.EndsWith(",Abandons prévus", csv[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.EndsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $",{Math.Round(expected * 100, 1)}"), Assert.Single(csv, l => l.StartsWith("10/2026", StringComparison.Ordinal)).TrimEnd('\r'), StringComparison.Ordinal);
    }

    /// <summary>Tuesdays expect 4 calls at 09:00 and need 3 listeners, nothing else.</summary>
    private async Task PutTuesdayDemandAsync()
    {
        using var api = await factory.ClientAsync(Roles.Manager);
        var slots = new[] { new { day = "Tuesday", start = "09:00", channel = "phone", expectedContacts = 4.0, requiredListeners = 3 } };
        using var put = await api.PutAsJsonAsync("/api/demand", new { slots });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    /// <summary>A rota of the week from <paramref name="monday"/>, <paramref name="listeners"/> on Tuesday 09:00–13:00, published.</summary>
    private async Task<Guid> PublishTuesdayMorningAsync(string monday, IEnumerable<Guid> listeners)
    {
        var tuesday = LocalDatePattern.Iso.Parse(monday).Value.PlusDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rota = RotaApi.RotaId(await RotaApi.ImportAsync(factory, monday, [.. listeners.Select(id => RotaApi.Shift(id, tuesday, "09:00", "13:00"))]));
        using var published = await RotaApi.PublishAsync(factory, rota);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return rota;
    }

    private async Task<List<Guid>> ListenersAsync(int count)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = await manager.GetFromJsonAsync<JsonElement>("/api/staff");
        return [.. staff.EnumerateArray().Where(s => s.GetProperty("role").GetString() == "Listener").Select(s => s.GetProperty("id").GetGuid()).Take(count)];
    }

    private async Task<QualityDashboard> GetAsync(QualityRange range)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IQualityDashboardSource>().GetAsync(range, Today, CancellationToken.None);
    }

    private async Task SeedAsync(params IntervalStatisticsEntity[] rows)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        db.SlaIntervals.AddRange(rows);
        await db.SaveChangesAsync();
    }

    private static IntervalStatisticsEntity Row(LocalDate date, LocalTime start, int offered, int within, int abandoned) => new()
    {
        Channel = QualityCounts.AllChannels,
        Date = date,
        LocalStart = start,
        Start = date.At(start).InZoneLeniently(RotaProblem.TimeZone).ToInstant(),
        Offered = offered,
        Answered = offered - abandoned,
        AnsweredWithinTarget = within,
        Abandoned = abandoned,
    };
}
