using NodaTime;
using Scheduler.Api.Features.Mail;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Jobs;

/// <summary>
/// The work of <see cref="SlaReportJob"/>: stores the report of the period that has just ended (yesterday, last week,
/// last month), per channel and for all channels, from the stored half-hours. It first brings the half-hours up to
/// date, so it never reports on a period the 15-minute job has not finished. Saving overwrites, so a rerun is harmless.
/// </summary>
/// <param name="weeklyMail">Queues a week's report by e-mail, stored with it (none on the command line).</param>
public sealed class SlaReportRunner(IClock clock, SlaComplianceRunner sla, ISlaIntervalStore intervals, ISlaReportStore reports, WeeklyReportMail? weeklyMail = null)
{
    private static readonly DateTimeZone Zone = RotaProblem.TimeZone;

    public async Task<IReadOnlyList<PeriodStatistics>> RunAsync(PeriodKind kind, CancellationToken cancellationToken)
    {
        await sla.RunAsync(cancellationToken);
        var today = clock.GetCurrentInstant().InZone(Zone).Date;
        var start = Periods.PreviousStart(kind, today);
        var end = Periods.EndOf(kind, start);
        var rows = await intervals.GetAsync(
            start.AtStartOfDayInZone(Zone).ToInstant(), end.AtStartOfDayInZone(Zone).ToInstant(), cancellationToken);
        var report = ServiceLevelCalculator.Roll(rows, kind).Where(p => p.Start == start).ToList();
        if (kind == PeriodKind.Week && weeklyMail is not null)
        {
            await weeklyMail.QueueAsync(start, report, cancellationToken);
        }

        await reports.SaveAsync(report, cancellationToken);
        return report;
    }
}
