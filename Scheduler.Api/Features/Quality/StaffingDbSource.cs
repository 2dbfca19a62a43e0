using NodaTime;
using Scheduler.Api.Jobs;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// Planned versus actual listeners for the SLA job. The platform reports no log-in times, so presence is inferred from
/// the call records: in a half-hour where a caller waited past the target or gave up, the listeners present were all
/// busy, so <c>Actual</c> = the distinct listeners seen on a call; in a half-hour without such a caller there is no
/// evidence of anyone missing, so <c>Actual</c> = at least the planned number. This keeps a quiet half-hour (fewer calls
/// than listeners) from being reported as understaffed.
/// </summary>
public sealed class StaffingDbSource(FloorStaffing floor, SlaComplianceOptions options) : IStaffingSource
{
    public async Task<IReadOnlyList<StaffingActual>> GetAsync(Instant start, Instant until, CancellationToken cancellationToken)
    {
        var halfHours = FloorStaffing.HalfHoursBetween(start, until);
        if (halfHours.Count == 0)
        {
            return [];
        }

        var shifts = await floor.PublishedListenerShiftsAsync(halfHours[0].Date, halfHours[^1].Date, cancellationToken);
        if (shifts.Count == 0)
        {
            return [];
        }

        var calls = await floor.CallsAroundAsync(start, until, cancellationToken);
        var result = new List<StaffingActual>();
        foreach (var half in halfHours)
        {
            var planned = FloorStaffing.Planned(shifts, half);
            if (planned == 0)
            {
                continue;
            }

            var busy = FloorStaffing.Busy(calls, half);
            var actual = FloorStaffing.HadUnmetDemand(calls, half, options.ServiceLevels) ? busy : Math.Max(busy, planned);
            result.Add(new StaffingActual(half.Start, planned, actual));
        }

        return result;
    }
}
