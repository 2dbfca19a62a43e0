using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>The shifts worked before the horizon, per person, as the rules across the boundary need them.</summary>
public sealed class HistoryView
{
    private readonly ILookup<string, Assignment> byStaff;
    private readonly LocalDate start;

    public HistoryView(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        start = problem.Start;
        byStaff = problem.History.Where(a => a.Date < problem.Start).ToLookup(a => a.StaffId);
    }

    public bool Worked(string staffId, LocalDate date) => byStaff[staffId].Any(a => a.Date == date);

    /// <summary>The end of the person's last shift on <paramref name="date"/>, in elapsed time, or null.</summary>
    public Instant? LastEnd(string staffId, LocalDate date, DateTimeZone zone) =>
        byStaff[staffId].Where(a => a.Date == date).Select(a => (Instant?)EndInstant(a, zone)).Max();

    /// <summary>Paid minutes worked in the Monday–Sunday week starting <paramref name="monday"/>.</summary>
    public int PaidMinutes(string staffId, LocalDate monday) =>
        (int)byStaff[staffId].Where(a => a.Date >= monday && a.Date < monday.PlusDays(7)).Sum(a => a.PaidTime.TotalMinutes);

    /// <summary>The Monday of the earliest week with any recorded shift, or the horizon start when there is no history.</summary>
    public LocalDate FirstKnownMonday =>
        byStaff.SelectMany(g => g).Select(a => a.Date).DefaultIfEmpty(start).Min()
            .With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static Instant EndInstant(Assignment a, DateTimeZone zone) =>
        (a.End <= a.Start ? a.Date.PlusDays(1) : a.Date).At(a.End).InZoneLeniently(zone).ToInstant();
}
