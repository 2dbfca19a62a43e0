using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;

namespace Scheduler.Api.Features.Demand;

/// <summary>What a refresh of the demand from the call records did: the weeks it averaged (most recent first) and their calls.</summary>
public sealed record DemandRefresh(IReadOnlyList<LocalDate> WeeksUsed, int Calls)
{
    public bool Replaced => WeeksUsed.Count > 0;
}

/// <summary>
/// The weekly demand forecast from the line's own call records: the phone calls of the last whole weeks before this one
/// (<see cref="HistoryForecaster"/>: 4 weeks, the recent ones weighing more), turned into listeners per half-hour by
/// Erlang C as the default profile is (<see cref="DefaultDemand.Rows"/>), replacing the weekday rows as <c>PUT
/// /api/demand</c> does. A week the records do not cover whole (before the first call's day, after the last call's day)
/// is left out; with no whole week, nothing changes. A replacement is recorded (<see cref="DemandSource"/>) with its rows.
/// </summary>
public static class DemandFromCalls
{
    /// <param name="db">The database.</param>
    /// <param name="clock">"Now": the forecast is for this week, from the weeks before it.</param>
    /// <param name="changedBy">The account asking; null for the Monday job.</param>
    /// <param name="ct">Cancels the refresh.</param>
    public static async Task<DemandRefresh> ReplaceAsync(SchedulerDbContext db, IClock clock, string? changedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var zone = RotaProblem.TimeZone;
        var now = clock.GetCurrentInstant();
        var today = now.InZone(zone).Date;
        var thisMonday = today.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        var options = ForecastOptions.Default;
        var from = zone.AtStartOfDay(thisMonday.PlusWeeks(-options.Weeks)).ToInstant();
        var until = zone.AtStartOfDay(thisMonday).ToInstant();
        var phone = db.CallRecords.AsNoTracking().Where(c => c.Channel == Line3133Defaults.Channel);
        if (!await phone.AnyAsync(ct))
        {
            return new DemandRefresh([], 0);
        }

        var first = (await phone.MinAsync(c => c.OfferedAt, ct)).InZone(zone).Date;
        var last = (await phone.MaxAsync(c => c.OfferedAt, ct)).InZone(zone).Date;
        var recorded = new Interval(zone.AtStartOfDay(first).ToInstant(), zone.AtStartOfDay(last.PlusDays(1)).ToInstant());
        var arrivals = await phone.Where(c => c.OfferedAt >= from && c.OfferedAt < until).Select(c => c.OfferedAt).ToListAsync(ct);
        var forecast = HistoryForecaster.Forecast(arrivals, recorded, thisMonday, options);
        if (!forecast.IsFromHistory)
        {
            return new DemandRefresh([], 0);
        }

        var used = forecast.WeeksUsed.Select(w => (zone.AtStartOfDay(w).ToInstant(), zone.AtStartOfDay(w.PlusWeeks(1)).ToInstant())).ToList();
        var refresh = new DemandRefresh(forecast.WeeksUsed, arrivals.Count(a => used.Any(w => w.Item1 <= a && a < w.Item2)));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Demand.RemoveRange(await db.Demand.Where(d => d.Date == null).ToListAsync(ct));
        db.Demand.AddRange(DefaultDemand.Rows(forecast.Profile));
        DemandSource.Record(db, DemandOrigin.Forecast, now, changedBy, refresh.WeeksUsed, refresh.Calls);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return refresh;
    }
}
