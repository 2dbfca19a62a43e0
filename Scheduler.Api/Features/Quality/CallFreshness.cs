using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// When the latest call record stored was offered. Calls arrive by import, not live, so the figures reach that far: a
/// quiet "today" is then read as a late export rather than a quiet line.
/// </summary>
public static class CallFreshness
{
    public static async Task<Instant?> LatestOfferedAsync(SchedulerDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);

        // The column is indexed: the newest row is one index seek.
        var latest = await db.CallRecords.AsNoTracking().OrderByDescending(c => c.OfferedAt).Select(c => new { c.OfferedAt }).FirstOrDefaultAsync(ct);
        return latest?.OfferedAt;
    }
}
