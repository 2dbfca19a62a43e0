using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// A stand-in for the staffing engine: a typical intraday call shape (morning and afternoon peaks, a lunch dip, quieter
/// weekends) scaled so the required listener-hours are a chosen share of what the trained listeners' contracts supply.
/// </summary>
public static class DemandShapes
{
    /// <summary>Relative call volume per hour of the day from 9:00 to 19:00 (one value per hour, repeated for both half-hours).</summary>
    private static readonly double[] HourShape = [0.8, 1.15, 1.2, 1.0, 0.85, 1.05, 1.15, 1.1, 1.0, 0.85, 0.7];

    private static double DayFactor(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => 1.15,
        IsoDayOfWeek.Saturday => 0.75,
        IsoDayOfWeek.Sunday => 0.65,
        _ => 1.0,
    };

    /// <summary>
    /// Phone demand for every open half-hour of the problem, never below the floor minimum, totalling about
    /// <paramref name="shareOfSupply"/> of the trained listeners' contracted hours.
    /// </summary>
    public static IReadOnlyList<DemandSlot> Typical(RotaProblem problem, double shareOfSupply)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var slot = problem.Rules.SlotLength;
        var slots = problem.Opening
            .SelectMany(o => Enumerable.Range(0, (int)(o.Length / slot)).Select(i => (o.Date, Start: o.Open.PlusMinutes((long)(i * slot.TotalMinutes)))))
            .Select(s => (s.Date, s.Start, Weight: DayFactor(s.Date.DayOfWeek) * HourShape[Math.Min(HourShape.Length - 1, Math.Max(0, s.Start.Hour - 9))]))
            .ToList();
        var supplySlots = problem.Staff.Where(s => s.Role == StaffRole.Listener && s.IsTrained)
            .Sum(s => s.Contract.WeeklyMinutes) * problem.Weeks / slot.TotalMinutes;
        var scale = shareOfSupply * supplySlots / slots.Sum(s => s.Weight);
        var floor = problem.Rules.MinTrainedListenersOnDuty;
        return [.. slots.Select(s => new DemandSlot(s.Date, s.Start, PlatformScenarios.Phone, Math.Max(floor, (int)Math.Round(s.Weight * scale))))];
    }
}
