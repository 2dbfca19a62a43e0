using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Time;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Reporting;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// On Monday the week's service-level report reaches the quality leads and the managers: calls, the share answered
/// within target and the abandonment, for all channels then each one, with a link to the dashboard. Queued before the
/// report job's own save, so both are stored together; once per week, however often the job recomputes it, and only
/// for a recent week (a catch-up run computes older ones for the record).
/// </summary>
public sealed class WeeklyReportMail(SchedulerDbContext db, MailOutbox outbox, IClock clock, PredictedServiceLevels predictions)
{
    public const string ReportPath = "/qualite";

    /// <summary>How many days back a week may start and still be news.</summary>
    public const int RecentDays = 14;

    /// <summary>Queues the report of the week from <paramref name="monday"/> (its rows per channel and for all); how many messages.</summary>
    public async Task<int> QueueAsync(LocalDate monday, IReadOnlyList<PeriodStatistics> report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var all = report.FirstOrDefault(r => r.Channel is null);
        if (!outbox.Enabled || all is null || all.Counts.Offered == 0 || monday < clock.Today().PlusDays(-RecentDays))
        {
            return 0;
        }

        var week = await predictions.GetAsync(monday, monday.PlusDays(6), ct);
        (double, double?)? predicted = ServiceLevelForecast.Overall(week) is { } level ? (level, ServiceLevelForecast.OverallAbandonment(week)) : null;
        var text = MailTexts.WeeklyReport(
            monday, all, [.. report.Where(r => r.Channel is not null && r.Counts.Offered > 0).OrderBy(r => r.Channel)], outbox.PublicUrl + ReportPath, outbox.PublicUrl + MailChoices.PagePath, predicted);
        if (await db.OutboxMessages.AnyAsync(m => m.Kind == MailKind.WeeklyReport && m.Subject == text.Subject, ct))
        {
            return 0;
        }

        return await outbox.QueueToQualityAsync(MailKind.WeeklyReport, text, ct);
    }
}
