using NodaTime;
using NodaTime.Testing;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Quality;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Jobs;

public sealed class SlaReportRunnerTests
{
    private readonly InMemoryQualityStores stores = new();

    private SlaReportRunner Runner(IClock clock) =>
        new(clock, new SlaComplianceRunner(clock, stores, stores, stores, stores, stores, SlaComplianceOptions.Default with { InitialLookback = Duration.FromDays(10) }), stores, stores);

    [Fact]
    public async Task RunAsync_Day_ReportsYesterdayPerChannelAndInTotal()
    {
        stores.Calls.AddRange([
            Answered("a", At(2026, 3, 9, 9, 0), 30, 600),
            Abandoned("b", At(2026, 3, 9, 19, 59), 40, CallChannel.Chat),
            Answered("today", At(2026, 3, 10, 0, 10), 5, 60),
        ]);

        var report = await Runner(new FakeClock(At(2026, 3, 10, 0, 30))).RunAsync(PeriodKind.Day, CancellationToken.None);

        Assert.All(report, r => Assert.Equal(new LocalDate(2026, 3, 9), r.Start));
        Assert.Equal(2, report.Single(r => r.Channel is null).Counts.Offered);
        Assert.Equal(1, report.Single(r => r.Channel == CallChannel.Chat).Counts.Abandoned);
        Assert.Equal(1.0, report.Single(r => r.Channel == CallChannel.Phone).Counts.ServiceLevel);
        Assert.Equal(4, stores.Reports.Count);
    }

    [Fact]
    public async Task RunAsync_Week_PreviousMondayToSunday()
    {
        stores.Calls.AddRange([
            Answered("sun-before", At(2026, 3, 8, 12, 0), 30, 600),
            Answered("mon", At(2026, 3, 9, 12, 0), 30, 600),
            Answered("sun", At(2026, 3, 15, 19, 0), 30, 600),
        ]);

        var report = await Runner(new FakeClock(At(2026, 3, 16, 0, 30))).RunAsync(PeriodKind.Week, CancellationToken.None);

        var total = report.Single(r => r.Channel is null);
        Assert.Equal((new LocalDate(2026, 3, 9), 2), (total.Start, total.Counts.Offered));
    }
}
