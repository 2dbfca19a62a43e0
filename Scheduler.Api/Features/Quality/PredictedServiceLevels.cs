using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Reporting;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// The service level the published rotas predicted, per half-hour that expected calls, so the dashboard can set what
/// happened against what was planned: a miss with a good prediction points at the day (calls above forecast, listeners
/// away), a miss that was predicted at the rota. Only dates a published rota covers are predicted, each by the rota page's
/// own analysis (<see cref="RotaInsight"/>: trained listeners on duty for the whole half-hour, the phone channel's
/// settings), so the dashboard and the rota page give the same figure for the same half-hour.
/// </summary>
public sealed class PredictedServiceLevels(SchedulerDbContext db, RotaInsight insight, RotaProblemFactory problems)
{
    /// <summary>Per half-hour of <paramref name="first"/> to <paramref name="last"/> (inclusive) that expected calls, under a published rota.</summary>
    public async Task<IReadOnlyList<SlotServiceLevel>> GetAsync(LocalDate first, LocalDate last, CancellationToken ct)
    {
        var rotas = await db.Rotas.AsNoTracking().Include(r => r.Assignments)
            .Where(r => r.Status == RotaStatus.Published && r.PeriodStart <= last && r.PeriodEnd >= first)
            .OrderBy(r => r.PeriodStart)
            .ToListAsync(ct);
        var slots = new List<SlotServiceLevel>();
        foreach (var rota in rotas)
        {
            var analysis = await insight.AnalyseAsync(rota, null, ct);
            slots.AddRange(analysis.ServiceLevels.Where(s => s.ExpectedCalls > 0 && first <= s.Date && s.Date <= last));
        }

        return [.. slots.OrderBy(s => s.Date).ThenBy(s => s.Start)];
    }

    /// <summary>Calls the demand expects in each half-hour of <paramref name="date"/>, by local start.</summary>
    public async Task<IReadOnlyDictionary<LocalTime, double>> ExpectedCallsAsync(LocalDate date, CancellationToken ct) =>
        (await problems.ExpectedCallsAsync(date, 1, ct)).Where(c => c.Key.Date == date).ToDictionary(c => c.Key.Start, c => c.Value);
}
