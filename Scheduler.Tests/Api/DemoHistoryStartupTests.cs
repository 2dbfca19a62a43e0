using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Jobs;
using Scheduler.Api.Startup;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

/// <summary>A service whose first start seeds the demo history.</summary>
public sealed class DemoHistoryFactory : ApiFactory
{
    protected override bool WithDemoHistory => true;
}

/// <summary>First start with the demo history: 8 weeks of calls before this week, computed at once, reports ready.</summary>
/// <remarks>With the solving tests: its first start plans 8 weeks, which starved a wall-clock solve running beside it.</remarks>
[Collection(Solving.Name)]
public sealed class DemoHistoryStartupTests(DemoHistoryFactory factory) : IClassFixture<DemoHistoryFactory>
{
    [Fact]
    public async Task FirstStart_SeedsEightWeeksOfCallsComputedIntoHalfHoursWithoutDoubleCounting()
    {
        using var client = await factory.ClientAsync(Roles.QualityLead);

        var (calls, first, last) = await factory.InDatabaseAsync(async db =>
            (await db.CallRecords.CountAsync(), await db.CallRecords.MinAsync(c => c.OfferedAt), await db.CallRecords.MaxAsync(c => c.OfferedAt)));
        var stored = await factory.InDatabaseAsync(db => db.SlaIntervals.Where(i => i.Channel == QualityCounts.AllChannels).SumAsync(i => i.Offered));

        // 60,000 calls a year ≈ 1,150 a week: 8 weeks ≈ 9,200 (Poisson arrivals, so a few percent either way).
        Assert.InRange(calls, 8_500, 9_900);
        Assert.Equal(calls, stored);
        // Monday 28 September 2026 (8 weeks before the week of 25 November) to Sunday 22 November, Paris time.
        Assert.True(first >= NodaTime.Instant.FromUtc(2026, 9, 27, 22, 0) && last < NodaTime.Instant.FromUtc(2026, 11, 22, 23, 0), $"{first} – {last}");
        var watermark = await factory.InDatabaseAsync(db => db.JobWatermarks.SingleAsync(w => w.Job == SlaComplianceRunner.WatermarkName));
        Assert.Equal(ApiFactory.Now, watermark.ProcessedUntil);
    }

    [Fact]
    public async Task FirstStart_DemandFollowsTheHistorysCalls_AsTheMondayForecastWould()
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        var source = await factory.InDatabaseAsync(db => Scheduler.Api.Features.Demand.DemandSource.CurrentAsync(db, CancellationToken.None));
        var phoneCalls = await factory.InDatabaseAsync(db => db.CallRecords.CountAsync(c => c.OfferedAt >= NodaTime.Instant.FromUtc(2026, 10, 25, 23, 0)));

        // The forecast's 4 whole weeks before this one, most recent first: 16 November back to 26 October.
        Assert.Equal(Scheduler.Api.Data.Entities.DemandOrigin.Forecast, source.Origin);
        Assert.Equal([new NodaTime.LocalDate(2026, 11, 16), new NodaTime.LocalDate(2026, 11, 9), new NodaTime.LocalDate(2026, 11, 2), new NodaTime.LocalDate(2026, 10, 26)], source.WeeksUsed);
        Assert.Equal(phoneCalls, source.Calls);
    }

    [Fact]
    public async Task FirstStart_ReportsAndIntervalsShowTheHistoryAndTheDemoRota()
    {
        using var client = await factory.ClientAsync(Roles.QualityLead);

        var weeks = (await Json.ReadAsync(await client.GetAsync("/api/sla/reports?period=week&from=2026-09-28&to=2026-11-22"))).EnumerateArray().ToList();
        var day = (await Json.ReadAsync(await client.GetAsync("/api/sla/intervals?date=2026-11-18"))).EnumerateArray()
            .Single(r => r.GetProperty("localStart").GetString() == "10:00");

        Assert.Equal(8, weeks.Count);
        Assert.All(weeks, w => Assert.InRange(w.GetProperty("offered").GetInt32(), 1_000, 1_300));
        // The planned listeners are the demo rota's: those on duty at 10:00 that Wednesday, their break aside.
        var onDuty = await factory.InDatabaseAsync(db => db.Assignments.Where(a => a.Date == new NodaTime.LocalDate(2026, 11, 18)
            && a.Start <= new NodaTime.LocalTime(10, 0) && a.End > new NodaTime.LocalTime(10, 0)
            && !(a.BreakStart <= new NodaTime.LocalTime(10, 0) && a.BreakEnd > new NodaTime.LocalTime(10, 0))
            && db.Staff.Any(s => s.Id == a.StaffId && s.Role == StaffRole.Listener)).CountAsync());
        Assert.InRange(onDuty, 2, 21);
        Assert.Equal(onDuty, day.GetProperty("plannedListeners").GetInt32());
        Assert.InRange(day.GetProperty("actualListeners").GetInt32(), 1, onDuty);
        var completions = await factory.InDatabaseAsync(db => db.TrainingCompletions.CountAsync());
        Assert.Equal(21, completions);
        // Stored at once, as a manager's records are: the annual refresher falls due a year after the initial training.
        var qualified = await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Role == StaffRole.Listener).Select(s => s.QualifiedUntil).Distinct().ToListAsync());
        Assert.Equal([new NodaTime.LocalDate(2027, 2, 25)], qualified);
    }

    [Fact]
    public async Task FirstStart_DemoRotasArePlannedByTheSolverAndKeepEveryRule()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var rotas = await factory.InDatabaseAsync(db => db.Rotas.Include(r => r.Assignments).Where(r => r.Source == DemoHistorySeeder.RotaSource).OrderBy(r => r.PeriodStart).ToListAsync());
        var managers = await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Role == StaffRole.Manager).Select(s => s.Id).ToListAsync());
        using var scope = factory.Services.CreateScope();
        var checker = scope.ServiceProvider.GetRequiredService<IRotaChecker>();

        Assert.Equal([new NodaTime.LocalDate(2026, 9, 28), new NodaTime.LocalDate(2026, 10, 26)], rotas.Select(r => r.PeriodStart));
        Assert.All(rotas, r => Assert.Equal((RotaStatus.Published, 4), (r.Status, r.Weeks)));
        foreach (var rota in rotas)
        {
            // Every rule, manager on duty included (the repeating pattern it replaced had none).
            Assert.Empty(await checker.CheckAsync(rota, CancellationToken.None));
            Assert.Contains(rota.Assignments, a => managers.Contains(a.StaffId));
        }
    }
}
