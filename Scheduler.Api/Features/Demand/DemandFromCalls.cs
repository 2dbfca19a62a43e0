using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
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
/// is left out; with no whole week, nothing changes.
/// </summary>
public static class DemandFromCalls
{
    public static async Task<DemandRefresh> ReplaceAsync(SchedulerDbContext db, LocalDate today, CancellationToken ct)
    {
        var zone = RotaProblem.TimeZone;
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Demand.RemoveRange(await db.Demand.Where(d => d.Date == null).ToListAsync(ct));
        db.Demand.AddRange(DefaultDemand.Rows(forecast.Profile));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new DemandRefresh(forecast.WeeksUsed, arrivals.Count(a => used.Any(w => w.Item1 <= a && a < w.Item2)));
    }
}
