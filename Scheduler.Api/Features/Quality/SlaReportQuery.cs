using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>One period of a service-level report; rates are null when their denominator is 0.</summary>
public sealed record SlaReportRow(
    LocalDate Start,
    string Period,
    string Channel,
    int Offered,
    int Answered,
    int Abandoned,
    int ShortAbandoned,
    double? ServiceLevel,
    double? AnswerRate,
    double? AbandonmentRate,
    double? AverageSpeedOfAnswerSeconds,
    double? AverageHandlingSeconds,
    double? Occupancy)
{
    public static SlaReportRow From(LocalDate start, PeriodKind kind, string channel, ServiceLevelCounts c) => new(
        start, kind.ToString().ToLowerInvariant(), channel, c.Offered, c.Answered, c.Abandoned, c.ShortAbandoned,
        c.ServiceLevel, c.AnswerRate, c.AbandonmentRate, c.AverageSpeedOfAnswerSeconds, c.AverageHandlingSeconds, c.Occupancy);
}

/// <summary>
/// Reports from the stored half-hour statistics: the database sums each local date (one indexed range scan, one row
/// per date), then the dates are rolled into days, weeks or months here. Whole periods are reported: a week asked
/// from a Wednesday starts on its Monday.
/// </summary>
public sealed class SlaReportQuery(SchedulerDbContext db)
{
    public async Task<IReadOnlyList<SlaReportRow>> GetAsync(PeriodKind kind, LocalDate from, LocalDate to, string channel, CancellationToken ct)
    {
        var first = Periods.StartOf(kind, from);
        var end = Periods.EndOf(kind, Periods.StartOf(kind, to));
        var days = await db.SlaIntervals.AsNoTracking()
            .Where(i => i.Channel == channel && i.Date >= first && i.Date < end)
            .GroupBy(i => i.Date)
            .Select(g => new
            {
                Date = g.Key,
                Offered = g.Sum(i => i.Offered),
                Answered = g.Sum(i => i.Answered),
                Within = g.Sum(i => i.AnsweredWithinTarget),
                Abandoned = g.Sum(i => i.Abandoned),
                Short = g.Sum(i => i.ShortAbandoned),
                Excluded = g.Sum(i => i.ExcludedShortAbandoned),
                Wait = g.Sum(i => i.WaitSeconds),
                Handling = g.Sum(i => i.HandlingSeconds),
                Handled = g.Sum(i => i.HandledSecondsInInterval),
                OnDuty = g.Sum(i => i.OnDutyListenerSeconds),
            })
            .ToListAsync(ct);
        var byPeriod = days
            .GroupBy(d => Periods.StartOf(kind, d.Date))
            .ToDictionary(
                g => g.Key,
                g => ServiceLevelCounts.Sum(g.Select(d => new ServiceLevelCounts(
                    d.Offered, d.Answered, d.Within, d.Abandoned, d.Short, d.Excluded, d.Wait, d.Handling, d.Handled, d.OnDuty))));
        var rows = new List<SlaReportRow>();
        for (var start = first; start < end; start = Periods.EndOf(kind, start))
        {
            rows.Add(SlaReportRow.From(start, kind, channel, byPeriod.GetValueOrDefault(start, ServiceLevelCounts.Zero)));
        }

        return rows;
    }

    public static string ToCsv(IEnumerable<SlaReportRow> rows)
    {
        var text = new StringBuilder(
            "start,period,channel,offered,answered,abandoned,shortAbandoned,serviceLevel,answerRate,abandonmentRate,averageSpeedOfAnswerSeconds,averageHandlingSeconds,occupancy\n");
        foreach (var r in rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{r.Start:yyyy-MM-dd},{r.Period},{r.Channel},{r.Offered},{r.Answered},{r.Abandoned},{r.ShortAbandoned},")
                .Append(CultureInfo.InvariantCulture,
                $"{Number(r.ServiceLevel)},{Number(r.AnswerRate)},{Number(r.AbandonmentRate)},{Number(r.AverageSpeedOfAnswerSeconds)},{Number(r.AverageHandlingSeconds)},{Number(r.Occupancy)}\n");
        }

        return text.ToString();
    }

    /// <summary>Invariant culture, round-trip precision; empty for a figure without denominator.</summary>
    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    public static bool TryParseChannel(string? text, out string key)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals(QualityCounts.AllChannels, StringComparison.OrdinalIgnoreCase))
        {
            key = QualityCounts.AllChannels;
            return true;
        }

        var ok = CallChannels.TryParse(text, out var channel);
        key = ok ? CallChannels.Name(channel) : "";
        return ok;
    }
}
