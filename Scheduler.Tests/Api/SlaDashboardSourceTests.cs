using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
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
