using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>Listeners planned by the published rota and listeners seen working in the call records, per half-hour.</summary>
public sealed class FloorStaffing(SchedulerDbContext db)
{
    /// <summary>A call can last hours; calls offered this long before a half-hour are read to find who was still on one.</summary>
    private static readonly Duration LongestCall = Duration.FromHours(4);

    private static readonly DateTimeZone Zone = RotaProblem.TimeZone;

    /// <summary>Published shifts of listeners (managers excluded) on local dates <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public async Task<IReadOnlyList<Assignment>> PublishedListenerShiftsAsync(LocalDate first, LocalDate last, CancellationToken ct)
    {
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.Date >= first && a.Date <= last)
            .OnPublishedRotas(db.Rotas)
            .Join(db.Staff.Where(s => s.Role == StaffRole.Listener), a => a.StaffId, s => s.Id, (a, s) => a)
            .ToListAsync(ct);
        return [.. rows.Select(a => a.ToDomain())];
    }

    /// <summary>Listeners on duty at the start of the half-hour (breaks excluded), as the rota planned them.</summary>
    public static int Planned(IEnumerable<Assignment> shifts, HalfHour half) => Planned(shifts, half.Date, half.LocalStart);

    /// <summary>Listeners on duty at <paramref name="start"/> of <paramref name="date"/> (breaks excluded), as the rota planned them.</summary>
    public static int Planned(IEnumerable<Assignment> shifts, LocalDate date, LocalTime start) =>
        shifts.Count(a => a.Date == date && a.IsOnDutyAt(start));

    /// <summary>Calls that may overlap [<paramref name="start"/>, <paramref name="until"/>): offered from <see cref="LongestCall"/> before.</summary>
    public async Task<IReadOnlyList<CallRecord>> CallsAroundAsync(Instant start, Instant until, CancellationToken ct)
    {
        var from = start - LongestCall;
        var rows = await db.CallRecords.AsNoTracking().Where(c => c.OfferedAt >= from && c.OfferedAt < until).ToListAsync(ct);
        return [.. rows.Select(r => r.ToDomain())];
    }

    /// <summary>Distinct listeners who were on a call (answered → ended) at some moment of the half-hour.</summary>
    public static int Busy(IEnumerable<CallRecord> calls, HalfHour half) =>
        calls.Where(c => c.ListenerId is not null && c.AnsweredAt is { } a && a < half.End && c.EndedAt > half.Start)
            .Select(c => c.ListenerId!)
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>
    /// True when a caller offered in the half-hour waited past the channel's target or gave up (not a short abandon):
    /// with such a caller waiting, every listener present would have been busy.
    /// </summary>
    public static bool HadUnmetDemand(IEnumerable<CallRecord> calls, HalfHour half, ServiceLevelSettings settings) =>
        calls.Any(c => c.OfferedAt >= half.Start && c.OfferedAt < half.End && IsUnmet(c, settings.For(c.Channel)));

    private static bool IsUnmet(CallRecord call, ChannelSettings settings) =>
        call.WaitTime is { } wait ? wait > settings.Target : call.TimeToAbandon >= settings.ShortAbandonThreshold;

    public static IReadOnlyList<HalfHour> HalfHoursBetween(Instant start, Instant until) => HalfHour.Between(start, until, Zone);
}
