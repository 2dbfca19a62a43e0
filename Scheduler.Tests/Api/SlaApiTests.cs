using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;

namespace Scheduler.Tests.Api;

/// <summary>
/// Reports and half-hour detail through the API, on five hand-computed calls of Monday 2 November 2026 (Paris = UTC+1):
/// A phone 10:00 waits 30 s, talks 600 s (L1); B phone 10:05 waits 90 s, talks 300 s (L2); C phone 10:10 hangs up after
/// 3 s (short abandon, excluded); D phone 10:40 hangs up after 100 s; E chat 10:15 waits 10 s, talks 200 s (L3).
/// </summary>
public sealed class SlaApiTests : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string Csv = "call_id,channel,offered_at,answered_at,ended_at,listener_id\n"
        + "A,phone,2026-11-02T09:00:00Z,2026-11-02T09:00:30Z,2026-11-02T09:10:30Z,L1\n"
        + "B,phone,2026-11-02T09:05:00Z,2026-11-02T09:06:30Z,2026-11-02T09:11:30Z,L2\n"
        + "C,phone,2026-11-02T09:10:00Z,,2026-11-02T09:10:03Z,\n"
        + "D,phone,2026-11-02T09:40:00Z,,2026-11-02T09:41:40Z,\n"
        + "E,chat,2026-11-02T09:15:00Z,2026-11-02T09:15:10Z,2026-11-02T09:18:30Z,L3\n";

    private static readonly LocalDate Day = new(2026, 11, 2);
    private readonly ApiFactory _factory;

    public SlaApiTests(ApiFactory factory) => _factory = factory;

    public async Task InitializeAsync()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);
        using var _ = await client.PostAsync("/api/calls/import", new StringContent(Csv, Encoding.UTF8, "text/csv"));
        // xunit runs this before every test of the class, on one shared service: publish the day once.
        if (!await _factory.InDatabaseAsync(db => db.Rotas.AnyAsync(r => r.PeriodStart == Day)))
        {
            await _factory.PublishDayAsync(Day, await _factory.ListenersAsync(2), new LocalTime(9, 0), new LocalTime(14, 30));
        }

        await _factory.InScopeAsync(sp => sp.GetRequiredService<SlaComplianceRunner>().RunAsync(CancellationToken.None));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reports_DayAllChannels_MatchTheHandComputedFigures()
    {
        using var client = await _factory.ClientAsync(Roles.QualityLead);

        var rows = await Json.ReadAsync(await client.GetAsync("/api/sla/reports?period=day&from=2026-11-02&to=2026-11-02"));

        var day = Assert.Single(rows.EnumerateArray());
        Assert.Equal("2026-11-02", day.GetProperty("start").GetString());
        Assert.Equal((5, 3, 2, 1), (day.GetProperty("offered").GetInt32(), day.GetProperty("answered").GetInt32(),
            day.GetProperty("abandoned").GetInt32(), day.GetProperty("shortAbandoned").GetInt32()));
        Assert.Equal(0.5, day.GetProperty("serviceLevel").GetDouble(), 9);          // A, E within 60 s of 5 − 1
        Assert.Equal(0.75, day.GetProperty("answerRate").GetDouble(), 9);           // 3 / 4
        Assert.Equal(0.25, day.GetProperty("abandonmentRate").GetDouble(), 9);      // (2 − 1) / 4
        Assert.Equal(130 / 3.0, day.GetProperty("averageSpeedOfAnswerSeconds").GetDouble(), 6);
        Assert.Equal(1100 / 3.0, day.GetProperty("averageHandlingSeconds").GetDouble(), 6);
    }

    [Fact]
    public async Task Reports_WeekOfPhone_CountsOnlyPhoneCallsFromTheMonday()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);

        var rows = await Json.ReadAsync(await client.GetAsync("/api/sla/reports?period=week&from=2026-11-04&to=2026-11-04&channel=phone"));

        var week = Assert.Single(rows.EnumerateArray());
        Assert.Equal("2026-11-02", week.GetProperty("start").GetString());
        Assert.Equal(4, week.GetProperty("offered").GetInt32());
        Assert.Equal(1 / 3.0, week.GetProperty("serviceLevel").GetDouble(), 9);
        Assert.Equal(60, week.GetProperty("averageSpeedOfAnswerSeconds").GetDouble(), 6);
    }

    [Fact]
    public async Task Reports_AcceptCsv_AnswersCsvWithHeaderAndEmptyRatesForEmptyDays()
    {
        using var client = await _factory.ClientAsync(Roles.QualityLead);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sla/reports?period=day&from=2026-11-02&to=2026-11-03");
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await client.SendAsync(request);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("start,period,channel,offered,answered,abandoned,shortAbandoned,serviceLevel,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-11-02,day,all,5,3,2,1,0.5,0.75,0.25,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-11-03,day,all,0,0,0,0,,,,", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period=year&from=2026-11-02&to=2026-11-02", "period")]
    [InlineData("period=day&from=02/11/2026&to=2026-11-02", "from")]
    [InlineData("period=day&from=2026-11-03&to=2026-11-02", "to")]
    [InlineData("period=day&from=2026-11-02&to=2026-11-02&channel=fax", "channel")]
    public async Task Reports_BadQuery_Is400NamingTheField(string query, string field)
    {
        using var client = await _factory.ClientAsync(Roles.QualityLead);

        using var response = await client.GetAsync($"/api/sla/reports?{query}");

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Intervals_Day_GivesCallsPlannedNeededAndActualListenersPerHalfHour()
    {
        using var client = await _factory.ClientAsync(Roles.QualityLead);

        var rows = (await Json.ReadAsync(await client.GetAsync("/api/sla/intervals?date=2026-11-02"))).EnumerateArray().ToList();

        Assert.Equal(48, rows.Count);
        var ten = rows.Single(r => r.GetProperty("localStart").GetString() == "10:00");
        Assert.Equal((4, 3), (ten.GetProperty("offered").GetInt32(), ten.GetProperty("answered").GetInt32()));
        Assert.Equal(2 / 3.0, ten.GetProperty("serviceLevel").GetDouble(), 9);   // A, E of 4 − 1 (C short)
        Assert.Equal(2, ten.GetProperty("plannedListeners").GetInt32());
        Assert.Equal(3, ten.GetProperty("actualListeners").GetInt32());           // L1, L2, L3 on a call
        var halfPast = rows.Single(r => r.GetProperty("localStart").GetString() == "10:30");
        Assert.Equal((1, 0.0, 0), (halfPast.GetProperty("offered").GetInt32(), halfPast.GetProperty("serviceLevel").GetDouble(), halfPast.GetProperty("actualListeners").GetInt32()));
        // No demand stored: the staffing engine's default 3133 profile gives the need, and nobody is needed at night.
        var expected = DemandSlotBuilder.Build(Line3133Defaults.Profile, [Day], Line3133Defaults.PhoneChannel).Single(s => s.Start == new LocalTime(10, 0));
        Assert.Equal(expected.RequiredListeners, ten.GetProperty("neededListeners").GetInt32());
        Assert.True(expected.RequiredListeners > 0);
        Assert.Equal(0, rows.Single(r => r.GetProperty("localStart").GetString() == "03:00").GetProperty("neededListeners").GetInt32());
        // The profile's calls at 10:00 are more than 2 listeners can take (load = calls × 900 s / 1 800 s): the published
        // rota predicted none answered in time. At night nothing is expected, so nothing is predicted.
        Assert.True(ten.GetProperty("expectedCalls").GetDouble() > 4);
        Assert.Equal(0, ten.GetProperty("predictedServiceLevel").GetDouble());
        var night = rows.Single(r => r.GetProperty("localStart").GetString() == "03:00");
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (night.GetProperty("expectedCalls").ValueKind, night.GetProperty("predictedServiceLevel").ValueKind));
        Assert.Equal(RotaProblem.TimeZone.AtStrictly(Day.At(new LocalTime(10, 0))).ToInstant().ToString(), ten.GetProperty("start").GetString());
    }

    [Fact]
    public async Task SlaJob_AbandonWhileNobodyWasOnACall_RaisesOneUnderstaffedAlertForThatHalfHour()
    {
        // 10:30: two listeners planned, D gave up after 100 s and nobody was on a call, so the planned two were not
        // there. 10:00: B waited past the target, but three listeners were busy: not fewer than planned. Other planned
        // half-hours had no caller waiting: no evidence of anyone missing.
        var alerts = await _factory.InDatabaseAsync(db => db.Alerts.Where(a => a.Kind == AlertKinds.Understaffed).Select(a => a.Key).ToListAsync());

        Assert.Equal("understaffed:2026-11-02T09:30:00Z", Assert.Single(alerts));
    }

    [Fact]
    public async Task Intervals_BadDate_Is400NamingDate()
    {
        using var client = await _factory.ClientAsync(Roles.Manager);

        using var response = await client.GetAsync("/api/sla/intervals?date=2026-13-01");

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "date");
    }
}
