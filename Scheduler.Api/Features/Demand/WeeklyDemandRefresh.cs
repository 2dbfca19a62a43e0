using NodaTime;
using Scheduler.Api.Data;

namespace Scheduler.Api.Features.Demand;

/// <summary>What the Monday refresh did: replaced the profile, kept one set by hand, or found no whole week of calls.</summary>
public enum WeeklyDemandOutcome
{
    Replaced,
    KeptManual,
    NoWholeWeek,
}

/// <summary>
/// The Monday forecast: the weekly demand follows the line's calls without a manager's pressing the button each week,
/// unless a manager set it by hand (<see cref="DemandSource.RefreshedWeekly"/>), which it never overwrites.
/// </summary>
public sealed class WeeklyDemandRefresh(SchedulerDbContext db, IClock clock)
{
    public async Task<(WeeklyDemandOutcome Outcome, DemandRefresh? Refresh)> RunAsync(CancellationToken ct)
    {
        if (!(await DemandSource.CurrentAsync(db, ct)).RefreshedWeekly)
        {
            return (WeeklyDemandOutcome.KeptManual, null);
        }

        var refresh = await DemandFromCalls.ReplaceAsync(db, clock, changedBy: null, ct);
        return (refresh.Replaced ? WeeklyDemandOutcome.Replaced : WeeklyDemandOutcome.NoWholeWeek, refresh);
    }
}
