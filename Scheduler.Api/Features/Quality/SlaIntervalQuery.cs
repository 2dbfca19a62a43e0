using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>One half-hour of a day: calls (all channels) and listeners planned, needed and seen working.</summary>
/// <param name="ActualListeners">Distinct listeners who were on a call at some moment of the half-hour (from the call records).</param>
/// <param name="ExpectedCalls">Calls the demand expected (the stored one, or the default 3133 profile); null when it expected none.</param>
/// <param name="PredictedServiceLevel">What the published rota predicted (<see cref="PredictedServiceLevels"/>); null without one or without expected calls.</param>
public sealed record SlaIntervalRow(
    Instant Start,
    LocalTime LocalStart,
    int Offered,
    int Answered,
    double? ServiceLevel,
    int PlannedListeners,
    int NeededListeners,
    int ActualListeners,
    double? ExpectedCalls,
    double? PredictedServiceLevel);

/// <summary>
/// The half-hours of a local date. Calls come from the stored statistics; planned listeners from the published rota;
/// needed listeners from the stored demand (date rows over the weekday profile, summed over channels), or, when no
/// demand is stored, from the staffing engine's default 3133 profile.
/// </summary>
public sealed class SlaIntervalQuery(SchedulerDbContext db, FloorStaffing floor, PredictedServiceLevels predictions)
{
    private static readonly DateTimeZone Zone = RotaProblem.TimeZone;

    public async Task<IReadOnlyList<SlaIntervalRow>> GetAsync(LocalDate date, CancellationToken ct)
    {
        var halfHours = HalfHour.Of(date, Zone);
        var start = halfHours[0].Start;
        var end = halfHours[^1].End;
        var stats = await db.SlaIntervals.AsNoTracking()
            .Where(i => i.Channel == QualityCounts.AllChannels && i.Start >= start && i.Start < end)
            .ToDictionaryAsync(i => i.Start, ct);
        var shifts = await floor.PublishedListenerShiftsAsync(date, date, ct);
        var calls = await floor.CallsAroundAsync(start, end, ct);
        var needed = await NeededAsync(date, ct);
        var predicted = (await predictions.GetAsync(date, date, ct)).ToDictionary(p => p.Start);
        var expected = await predictions.ExpectedCallsAsync(date, ct);
        return
        [
            .. halfHours.Select(h =>
            {
                var counts = stats.TryGetValue(h.Start, out var row) ? row.ToCounts() : ServiceLevelCounts.Zero;
                return new SlaIntervalRow(
                    h.Start, h.LocalStart, counts.Offered, counts.Answered, counts.ServiceLevel,
                    FloorStaffing.Planned(shifts, h), needed.GetValueOrDefault(h.LocalStart), FloorStaffing.Busy(calls, h),
                    expected.TryGetValue(h.LocalStart, out var e) && e > 0 ? e : null,
                    predicted.TryGetValue(h.LocalStart, out var p) ? p.ServiceLevel : null);
            }),
        ];
    }

    private async Task<Dictionary<LocalTime, int>> NeededAsync(LocalDate date, CancellationToken ct)
    {
        var demand = await db.Demand.AsNoTracking()
            .Where(d => d.RequiredListeners != null && (d.Date == date || (d.Date == null && d.Day == date.DayOfWeek)))
            .ToListAsync(ct);
        var anyDemand = demand.Count > 0 || await db.Demand.AnyAsync(d => d.RequiredListeners != null, ct);
        if (!anyDemand)
        {
            return DemandSlotBuilder.Build(Line3133Defaults.Profile, [date], Line3133Defaults.PhoneChannel)
                .GroupBy(s => s.Start).ToDictionary(g => g.Key, g => g.Sum(s => s.RequiredListeners));
        }

        // A row for the date itself replaces the weekday profile of its channel.
        var specificChannels = demand.Where(d => d.Date == date).Select(d => d.Channel).ToHashSet(StringComparer.Ordinal);
        return demand.Where(d => d.Date == date || !specificChannels.Contains(d.Channel))
            .GroupBy(d => d.SlotStart).ToDictionary(g => g.Key, g => g.Sum(d => d.RequiredListeners!.Value));
    }
}
