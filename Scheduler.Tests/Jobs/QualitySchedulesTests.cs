using Quartz;
using Scheduler.Api.Jobs;

namespace Scheduler.Tests.Jobs;

/// <summary>Next fire times of the real triggers across the 2026 daylight-saving changes (29 March, 25 October), read in Paris time.</summary>
public sealed class QualitySchedulesTests
{
    private static readonly TimeZoneInfo Paris = QualitySchedules.Paris;

    private static ITrigger Trigger(IScheduleBuilder schedule) => TriggerBuilder.Create()
        .WithIdentity("t")
        .StartAt(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
        .WithSchedule(schedule)
        .Build();

    private static List<DateTimeOffset> Fires(ITrigger trigger, DateTimeOffset after, int count)
    {
        var fires = new List<DateTimeOffset>();
        DateTimeOffset? next = after;
        for (var i = 0; i < count; i++)
        {
            next = trigger.GetFireTimeAfter(next);
            fires.Add(TimeZoneInfo.ConvertTime(next!.Value, Paris));
        }

        return fires;
    }

    private static DateTimeOffset Local(int month, int day, int hour, int minute, int offsetHours) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));

    [Fact]
    public void DailyReport_SpringForward_StaysAtHalfPastMidnightLocal()
    {
        var fires = Fires(Trigger(QualitySchedules.Report(QualitySchedules.DailyReportCron)), Local(3, 28, 1, 0, 1), 2);

        Assert.Equal([Local(3, 29, 0, 30, 1), Local(3, 30, 0, 30, 2)], fires);
        Assert.Equal(TimeSpan.FromHours(23), fires[1] - fires[0]);
    }

    [Fact]
    public void DailyReport_FallBack_StaysAtHalfPastMidnightLocal()
    {
        var fires = Fires(Trigger(QualitySchedules.Report(QualitySchedules.DailyReportCron)), Local(10, 24, 1, 0, 2), 2);

        Assert.Equal([Local(10, 25, 0, 30, 2), Local(10, 26, 0, 30, 1)], fires);
        Assert.Equal(TimeSpan.FromHours(25), fires[1] - fires[0]);
    }

    [Fact]
    public void Training_AcrossBothChanges_SixInTheMorningLocal()
    {
        var trigger = Trigger(QualitySchedules.Training());

        Assert.Equal([Local(3, 28, 6, 0, 1), Local(3, 29, 6, 0, 2)], Fires(trigger, Local(3, 28, 0, 0, 1), 2));
        Assert.Equal([Local(10, 25, 6, 0, 1), Local(10, 26, 6, 0, 1)], Fires(trigger, Local(10, 25, 0, 0, 2), 2));
    }

    [Fact]
    public void WeeklyAndMonthlyReports_MondayAndFirstOfMonth()
    {
        var weekly = Fires(Trigger(QualitySchedules.Report(QualitySchedules.WeeklyReportCron)), Local(3, 26, 12, 0, 1), 1);
        var monthly = Fires(Trigger(QualitySchedules.Report(QualitySchedules.MonthlyReportCron)), Local(10, 20, 12, 0, 2), 1);

        Assert.Equal(Local(3, 30, 0, 30, 2), weekly[0]);
        Assert.Equal(DayOfWeek.Monday, weekly[0].DayOfWeek);
        Assert.Equal(Local(11, 1, 0, 30, 1), monthly[0]);
    }

    [Fact]
    public void Sla_SpringForward_EveryFifteenElapsedMinutes()
    {
        var fires = Fires(Trigger(QualitySchedules.Sla()), Local(3, 29, 1, 40, 1), 3);

        Assert.Equal([Local(3, 29, 1, 45, 1), Local(3, 29, 3, 0, 2), Local(3, 29, 3, 15, 2)], fires);
    }

    [Fact]
    public void Sla_FallBack_BothTwoOClockHoursTicked()
    {
        var fires = Fires(Trigger(QualitySchedules.Sla()), Local(10, 25, 1, 50, 2), 9);

        Assert.Equal(
            [Local(10, 25, 2, 0, 2), Local(10, 25, 2, 15, 2), Local(10, 25, 2, 30, 2), Local(10, 25, 2, 45, 2),
             Local(10, 25, 2, 0, 1), Local(10, 25, 2, 15, 1), Local(10, 25, 2, 30, 1), Local(10, 25, 2, 45, 1), Local(10, 25, 3, 0, 1)],
            fires);
        Assert.All(fires.Zip(fires.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(15), pair.Second - pair.First));
    }

    [Fact]
    public void MisfireInstructions_StatedExplicitly()
    {
        Assert.Equal((int)CronTriggerMisfireInstruction.DoNothing, Trigger(QualitySchedules.Sla()).MisfireInstructionCode);
        Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, Trigger(QualitySchedules.Report(QualitySchedules.DailyReportCron)).MisfireInstructionCode);
        Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, Trigger(QualitySchedules.Training()).MisfireInstructionCode);
    }
}
