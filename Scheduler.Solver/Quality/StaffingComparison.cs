using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Quality;

/// <summary>Listeners the rota plans against listeners the demand needs, in one half-hour.</summary>
public sealed record StaffingInterval(HalfHour Interval, int Planned, int Needed)
{
    /// <summary>Listeners missing (0 when the plan meets the need).</summary>
    public int Shortfall => Math.Max(0, Needed - Planned);
}

/// <summary>Planned-versus-needed staffing per half-hour, from a rota and the demand.</summary>
public static class StaffingComparison
{
    /// <summary>
    /// For every half-hour of <paramref name="date"/>: listeners planned on duty at its start (managers and breaks
    /// excluded) and listeners needed (demand summed over channels; 0 where the demand names none).
    /// </summary>
    public static IReadOnlyList<StaffingInterval> PerHalfHour(
        LocalDate date,
        DateTimeZone zone,
        IEnumerable<Assignment> rota,
        IEnumerable<StaffMember> staff,
        IEnumerable<DemandSlot> demand)
    {
        var listeners = staff.Where(s => s.Role == StaffRole.Listener).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var shifts = rota.Where(a => a.Date == date && listeners.Contains(a.StaffId)).ToList();
        var needed = demand
            .Where(d => d.Date == date)
            .GroupBy(d => d.Start)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.RequiredListeners));
        return
        [
            .. HalfHour.Of(date, zone).Select(h => new StaffingInterval(
                h,
                shifts.Count(a => a.IsOnDutyAt(h.LocalStart)),
                needed.TryGetValue(h.LocalStart, out var n) ? n : 0)),
        ];
    }

    /// <summary>Listener-seconds on duty per half-hour start, as <see cref="ServiceLevelCalculator"/> takes them (planned × 1,800 s).</summary>
    public static IReadOnlyDictionary<Instant, double> OnDutyListenerSeconds(IEnumerable<StaffingInterval> intervals) =>
        intervals.ToDictionary(i => i.Interval.Start, i => i.Planned * HalfHour.Length.TotalSeconds);
}
