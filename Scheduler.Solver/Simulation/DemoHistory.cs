using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Solver.Simulation;

/// <summary>Builds the generator's inputs from the shapes the service has: a demand profile and a rota.</summary>
public static class DemoHistory
{
    /// <summary>
    /// One demand interval per local half-hour of <paramref name="days"/> days from <paramref name="first"/>, with the
    /// calls the profile expects (e.g. a weekday × half-hour forecast); half-hours with 0 expected calls are left out.
    /// </summary>
    public static IReadOnlyList<DemandInterval> Demand(
        LocalDate first, int days, DateTimeZone zone, Func<LocalDate, LocalTime, double> expectedCalls) =>
    [
        .. Enumerable.Range(0, days)
            .SelectMany(d => HalfHour.Of(first.PlusDays(d), zone))
            .Select(h => new DemandInterval(h.Start, HalfHour.Length, expectedCalls(h.Date, h.LocalStart)))
            .Where(d => d.ExpectedCalls > 0),
    ];

    /// <summary>
    /// One duty interval per local half-hour that has listeners on duty at its start (shifts of listeners only, breaks
    /// excluded), so the generator answers calls with the people the rota planned.
    /// </summary>
    public static IReadOnlyList<DutyInterval> Duty(IEnumerable<Assignment> rota, IEnumerable<StaffMember> staff, DateTimeZone zone)
    {
        var listeners = staff.Where(s => s.Role == StaffRole.Listener).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var result = new List<DutyInterval>();
        foreach (var day in rota.Where(a => listeners.Contains(a.StaffId)).GroupBy(a => a.Date).OrderBy(g => g.Key))
        {
            foreach (var half in HalfHour.Of(day.Key, zone))
            {
                var onDuty = day.Where(a => a.IsOnDutyAt(half.LocalStart)).Select(a => a.StaffId).Distinct(StringComparer.Ordinal).ToList();
                if (onDuty.Count > 0)
                {
                    result.Add(new DutyInterval(half.Start, HalfHour.Length, onDuty));
                }
            }
        }

        return result;
    }
}
