using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Reporting;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// The service level the published rotas predicted, per half-hour that expected calls, so the dashboard can set what
/// happened against what was planned: a miss with a good prediction points at the day (calls above forecast, listeners
/// away), a miss that was predicted at the rota. Only dates a published rota covers are predicted; listeners are counted
/// as the half-hour report counts them (<see cref="FloorStaffing.Planned(IEnumerable{Scheduler.Solver.Domain.Assignment}, LocalDate, LocalTime)"/>), with the phone channel's settings.
/// </summary>
public sealed class PredictedServiceLevels(SchedulerDbContext db, FloorStaffing floor, RotaProblemFactory problems)
{
    private static readonly Duration HalfHourLength = Duration.FromMinutes(30);

    /// <summary>Per half-hour of <paramref name="first"/> to <paramref name="last"/> (inclusive) that expected calls, under a published rota.</summary>
    public async Task<IReadOnlyList<SlotServiceLevel>> GetAsync(LocalDate first, LocalDate last, CancellationToken ct)
    {
        var periods = await db.Rotas.AsNoTracking()
            .Where(r => r.Status == RotaStatus.Published && r.PeriodStart <= last && r.PeriodEnd >= first)
            .Select(r => new { r.PeriodStart, r.PeriodEnd })
            .ToListAsync(ct);
        if (periods.Count == 0)
        {
            return [];
        }

        var shifts = (await floor.PublishedListenerShiftsAsync(first, last, ct)).ToLookup(a => a.Date);
        var weeks = (Period.Between(first, last, PeriodUnits.Days).Days / 7) + 1;
        var calls = await problems.ExpectedCallsAsync(first, weeks, ct);
        return
        [
            .. calls
                .Where(c => c.Value > 0 && c.Key.Date <= last && periods.Any(p => p.PeriodStart <= c.Key.Date && c.Key.Date <= p.PeriodEnd))
                .OrderBy(c => c.Key.Date).ThenBy(c => c.Key.Start)
                .Select(c =>
                {
                    var planned = FloorStaffing.Planned(shifts[c.Key.Date], c.Key.Date, c.Key.Start);
                    var level = ServiceLevelForecast.Level(planned, c.Value, HalfHourLength, Line3133Defaults.PhoneChannel);
                    return new SlotServiceLevel(c.Key.Date, c.Key.Start, c.Key.Start.PlusMinutes(30), c.Value, planned, level);
                }),
        ];
    }

    /// <summary>Calls the demand expects in each half-hour of <paramref name="date"/>, by local start.</summary>
    public async Task<IReadOnlyDictionary<LocalTime, double>> ExpectedCallsAsync(LocalDate date, CancellationToken ct) =>
        (await problems.ExpectedCallsAsync(date, 1, ct)).Where(c => c.Key.Date == date).ToDictionary(c => c.Key.Start, c => c.Value);
}
