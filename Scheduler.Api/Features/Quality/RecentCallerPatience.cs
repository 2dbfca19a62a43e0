using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>What the phone calls of the last <see cref="RecentCallerPatience.Days"/> days tell of callers' patience (<see cref="CallerPatience"/>).</summary>
/// <param name="Estimate">The mean patience, or null with too few abandons.</param>
public sealed record PatienceReading(PatienceEstimate? Estimate, int Calls, int Abandoned);

/// <summary>
/// <c>GET /api/sla/patience</c>: the calls counted (phone, offered from <paramref name="From"/> to <paramref name="To"/>,
/// short abandons left out), those abandoned, and the mean patience in seconds (null with fewer than
/// <paramref name="LeastAbandons"/> abandons).
/// </summary>
public sealed record PatienceResponse(NodaTime.Instant From, NodaTime.Instant To, int Calls, int Abandoned, double? MeanPatienceSeconds, int LeastAbandons);

/// <summary>
/// Callers' patience over the last four weeks of phone calls stored: the figure Erlang A needs to predict abandonment,
/// which the 3133's defaults leave unset until call records give one.
/// </summary>
public static class RecentCallerPatience
{
    public const int Days = 28;

    public static async Task<PatienceReading> ReadAsync(SchedulerDbContext db, Instant now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var since = now - Duration.FromDays(Days);
        var phone = CallChannels.Name(CallChannel.Phone);
        // Three columns of four weeks of calls (about 4 600 rows on the 3133); the waits are worked out here, NodaTime's
        // differences not being something every provider's SQL can do.
        var rows = await db.CallRecords.AsNoTracking()
            .Where(c => c.Channel == phone && c.OfferedAt >= since && c.OfferedAt <= now)
            .Select(c => new { c.OfferedAt, c.AnsweredAt, c.EndedAt })
            .ToListAsync(ct);
        var calls = rows.Select(r => new CallRecord(string.Empty, CallChannel.Phone, r.OfferedAt, r.AnsweredAt, r.EndedAt, null));
        var estimate = CallerPatience.Estimate(calls, ChannelSettings.Default.ShortAbandonThreshold, out var counted);
        return new PatienceReading(estimate, counted.Calls, counted.Abandoned);
    }
}
