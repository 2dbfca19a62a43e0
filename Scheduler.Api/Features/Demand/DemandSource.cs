using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Demand;

/// <summary>
/// Where the weekly demand the rotas are planned against came from: the latest <see cref="DemandChangeEntity"/>, so a
/// manager sees whether it is the default profile, a forecast from which weeks of calls, or a profile set by hand.
/// </summary>
/// <param name="Origin">Default, Forecast or Manual.</param>
/// <param name="ChangedAt">When it was set; null when no change was recorded (the default profile not stored, or a profile stored before changes were recorded).</param>
/// <param name="ChangedBy">The account that set it; null for the service itself.</param>
/// <param name="WeeksUsed">For a forecast, the Mondays of the weeks it averaged, most recent first.</param>
/// <param name="Calls">For a forecast, the phone calls of those weeks.</param>
public sealed record DemandSource(DemandOrigin Origin, Instant? ChangedAt, string? ChangedBy, IReadOnlyList<LocalDate> WeeksUsed, int Calls)
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary>
    /// Whether the Monday forecast may replace it: the default profile or a forecast. Never a profile set by hand, nor
    /// one stored before changes were recorded, which may have been.
    /// </summary>
    public bool RefreshedWeekly => Origin != DemandOrigin.Manual;

    public static async Task<DemandSource> CurrentAsync(SchedulerDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.DemandChanges.AsNoTracking().OrderByDescending(c => c.ChangedAt).FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            var weeks = latest.WeeksUsed.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(w => Iso.Parse(w).Value).ToList();
            return new DemandSource(latest.Origin, latest.ChangedAt, latest.ChangedBy, weeks, latest.Calls);
        }

        var stored = await db.Demand.AnyAsync(d => d.Date == null, ct);
        return new DemandSource(stored ? DemandOrigin.Manual : DemandOrigin.Default, null, null, [], 0);
    }

    /// <summary>Adds the record of a replacement to the context; the caller's SaveChanges stores it with the new rows.</summary>
    public static void Record(SchedulerDbContext db, DemandOrigin origin, Instant at, string? by, IReadOnlyList<LocalDate>? weeksUsed = null, int calls = 0)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.DemandChanges.Add(new DemandChangeEntity
        {
            Id = Guid.NewGuid(),
            ChangedAt = at,
            Origin = origin,
            ChangedBy = string.IsNullOrEmpty(by) ? null : by,
            WeeksUsed = string.Join(',', (weeksUsed ?? []).Select(Iso.Format)),
            Calls = calls,
        });
    }
}
