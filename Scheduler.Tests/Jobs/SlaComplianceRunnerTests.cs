using NodaTime;
using NodaTime.Testing;
using Scheduler.Api.Jobs;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Jobs;

public sealed class SlaComplianceRunnerTests
{
    private readonly InMemoryQualityStores stores = new();
    private readonly FakeClock clock = new(At(2026, 3, 3, 10, 7));

    private SlaComplianceRunner Runner(SlaComplianceOptions? options = null) =>
        new(clock, stores, stores, stores, stores, stores, options ?? SlaComplianceOptions.Default);

    [Fact]
    public async Task RunAsync_FirstRun_ComputesTheLookbackDayOfFinishedHalfHours()
    {
        stores.Calls.AddRange([Abandoned("before", At(2026, 3, 2, 9, 45), 30), Abandoned("inside", At(2026, 3, 2, 11, 0), 30), Abandoned("current", At(2026, 3, 3, 10, 2), 30)]);

        var result = await Runner().RunAsync(CancellationToken.None);

        Assert.Equal((At(2026, 3, 2, 10, 0), At(2026, 3, 3, 10, 0), 48), (result.From, result.To, result.HalfHoursComputed));
        Assert.Equal(1, stores.StoredOffered);
        Assert.Equal(At(2026, 3, 3, 10, 0), stores.Watermarks[SlaComplianceRunner.WatermarkName]);
        Assert.Equal(48 * 4, stores.Intervals.Count); // all channels + phone, chat, email
    }

    [Fact]
    public async Task RunAsync_AgainInTheSameHalfHour_ComputesNothing()
    {
        await Runner().RunAsync(CancellationToken.None);
        clock.Advance(Duration.FromMinutes(15));

        var second = await Runner().RunAsync(CancellationToken.None);

        Assert.Equal(0, second.HalfHoursComputed);
        Assert.All(stores.IntervalWrites.Values, writes => Assert.Equal(1, writes));
    }

    [Fact]
    public async Task RunAsync_AfterDowntime_CatchesUpEveryMissedHalfHourOnce()
    {
        await Runner().RunAsync(CancellationToken.None);
        for (var minute = 0; minute < 300; minute += 7)
        {
            stores.Calls.Add(Answered($"c{minute}", At(2026, 3, 3, 10, 0) + Duration.FromMinutes(minute), 10, 300));
        }

        clock.Advance(Duration.FromHours(5) + Duration.FromMinutes(10)); // down from 10:07 to 15:17
        var result = await Runner().RunAsync(CancellationToken.None);
        clock.Advance(Duration.FromMinutes(15));
        await Runner().RunAsync(CancellationToken.None);

        Assert.Equal((At(2026, 3, 3, 10, 0), At(2026, 3, 3, 15, 0), 10), (result.From, result.To, result.HalfHoursComputed));
        Assert.Equal(stores.Calls.Count(c => c.OfferedAt < At(2026, 3, 3, 15, 30)), stores.StoredOffered);
        Assert.All(stores.IntervalWrites.Values, writes => Assert.Equal(1, writes));
    }

    [Fact]
    public async Task RunAsync_CrashBeforeWatermarkSaved_RecomputeOverwritesInsteadOfAdding()
    {
        stores.Calls.AddRange([Abandoned("a", At(2026, 3, 3, 9, 0), 30), Abandoned("b", At(2026, 3, 3, 9, 40), 30)]);
        await Runner().RunAsync(CancellationToken.None);
        stores.Watermarks[SlaComplianceRunner.WatermarkName] = At(2026, 3, 3, 8, 0); // as if the last save was lost

        await Runner().RunAsync(CancellationToken.None);

        Assert.Equal(2, stores.StoredOffered);
        Assert.Contains(stores.IntervalWrites.Values, writes => writes == 2);
    }

    [Fact]
    public async Task RunAsync_DayBelowGoal_OneBreachPerDayAndChannel()
    {
        for (var i = 0; i < 25; i++)
        {
            stores.Calls.Add(Answered($"slow{i}", At(2026, 3, 3, 9, 0) + Duration.FromMinutes(2 * i), 120, 300));
        }

        var first = await Runner().RunAsync(CancellationToken.None);
        clock.Advance(Duration.FromMinutes(30));
        var second = await Runner().RunAsync(CancellationToken.None);

        var alert = Assert.Single(stores.Alerts.Values);
        Assert.Equal(("service-level:2026-03-03:phone", AlertKinds.ServiceLevel), (alert.Key, alert.Kind));
        Assert.Equal((1, 0), (first.AlertsRaised, second.AlertsRaised));
        // Every call waited 120 s against a 60 s target: none in time. The channel is named in the reader's words.
        Assert.Equal("Niveau de service (téléphone) du 03/03/2026 : 0 % pour un objectif de 80 %.", alert.Text.French);
        Assert.Equal("Service level (phone) on 03/03/2026: 0 % against a target of 80 %.", alert.Text.English);
    }

    [Fact]
    public async Task RunAsync_FewCalls_NoBreachYet()
    {
        stores.Calls.Add(Abandoned("one", At(2026, 3, 3, 9, 0), 60));

        await Runner().RunAsync(CancellationToken.None);

        Assert.Empty(stores.Alerts);
    }

    [Fact]
    public async Task RunAsync_FewerListenersThanPlanned_RaisesUnderstaffed()
    {
        stores.Staffing.AddRange([new StaffingActual(At(2026, 3, 3, 9, 0), 4, 4), new StaffingActual(At(2026, 3, 3, 9, 30), 4, 3)]);

        await Runner().RunAsync(CancellationToken.None);

        var alert = Assert.Single(stores.Alerts.Values);
        Assert.Equal(AlertKinds.Understaffed, alert.Kind);
        Assert.Equal("03/03/2026 09:30 : 3 écoutant·e·s en ligne pour 4 prévu·e·s au planning.", alert.Text.French);
        Assert.Equal("03/03/2026 09:30: 3 listener(s) on calls for 4 on the rota.", alert.Text.English);
    }

    [Fact]
    public async Task RunAsync_DowntimeLongerThanMaxCatchUp_SaysWhatWasSkipped()
    {
        stores.Watermarks[SlaComplianceRunner.WatermarkName] = At(2026, 1, 1, 0, 0);

        var result = await Runner(SlaComplianceOptions.Default with { MaxCatchUp = Duration.FromDays(2) }).RunAsync(CancellationToken.None);

        Assert.Equal(At(2026, 1, 1, 0, 0), result.SkippedBefore);
        Assert.Equal(96, result.HalfHoursComputed);
    }

    [Fact]
    public async Task RunAsync_FallBackDay_FiftyHalfHours()
    {
        clock.Reset(At(2026, 10, 26, 0, 5));
        stores.Watermarks[SlaComplianceRunner.WatermarkName] = new LocalDate(2026, 10, 25).AtStartOfDayInZone(Paris).ToInstant();

        var result = await Runner().RunAsync(CancellationToken.None);

        Assert.Equal(50, result.HalfHoursComputed);
    }

    [Fact]
    public async Task RecomputeFromAsync_LateImport_NextRunCountsTheCorrectedCallOnce()
    {
        stores.Calls.Add(Abandoned("late", At(2026, 3, 3, 9, 10), 30));
        await Runner().RunAsync(CancellationToken.None);
        stores.Calls.Clear();
        stores.Calls.Add(Answered("late", At(2026, 3, 3, 9, 10), 20, 300)); // corrected: it was answered

        await Runner().RecomputeFromAsync(At(2026, 3, 3, 9, 10), CancellationToken.None);
        var result = await Runner().RunAsync(CancellationToken.None);

        Assert.Equal(At(2026, 3, 3, 9, 0), result.From);
        var nine = stores.Intervals[(At(2026, 3, 3, 9, 0), null)].Counts;
        Assert.Equal((1, 1, 0), (nine.Offered, nine.Answered, nine.Abandoned));
    }
}
