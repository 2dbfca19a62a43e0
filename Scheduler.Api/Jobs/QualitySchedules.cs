using Quartz;

namespace Scheduler.Api.Jobs;

/// <summary>
/// When the quality jobs run, and what each does about a firing it missed while no node was up. Every schedule is stated
/// here once, so the registration and the daylight-saving tests use the same builders.
/// </summary>
public static class QualitySchedules
{
    public const string Group = "quality";

    /// <summary>The 15-minute tick, in UTC: Paris offsets are whole hours, so UTC quarters are local quarters, and UTC has
    /// no daylight-saving gap or repeated hour, so the tick is exactly every 15 elapsed minutes all year.</summary>
    public const string SlaCron = "0 0/15 * * * ?";

    /// <summary>Nightly at 00:30 Paris time: the previous day's report.</summary>
    public const string DailyReportCron = "0 30 0 * * ?";

    /// <summary>Mondays at 00:30 Paris time: the previous Monday–Sunday week.</summary>
    public const string WeeklyReportCron = "0 30 0 ? * MON";

    /// <summary>The 1st of the month at 00:30 Paris time: the previous month.</summary>
    public const string MonthlyReportCron = "0 30 0 1 * ?";

    /// <summary>Daily at 06:00 Paris time, before the line opens at 09:00.</summary>
    public const string TrainingCron = "0 0 6 * * ?";

    public static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>
    /// Misfire: do nothing. The job computes every half-hour since its watermark, so the next tick catches up by itself;
    /// replaying missed ticks would only repeat that work.
    /// </summary>
    public static CronScheduleBuilder Sla() =>
        CronScheduleBuilder.Create(SlaCron).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing);

    /// <summary>Misfire: fire once now, then resume. A report missed during downtime is produced as soon as a node is back (once, not once per missed firing).</summary>
    public static CronScheduleBuilder Report(string cron) =>
        CronScheduleBuilder.Create(cron).InTimeZone(Paris).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);

    /// <summary>Misfire: fire once now, then resume, so expiries are flagged the morning a node comes back.</summary>
    public static CronScheduleBuilder Training() =>
        CronScheduleBuilder.Create(TrainingCron).InTimeZone(Paris).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);
}
