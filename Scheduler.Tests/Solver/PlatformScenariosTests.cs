using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;

namespace Scheduler.Tests.Solver;

public sealed class PlatformScenariosTests
{
    private static readonly LocalDate May4 = new(2026, 5, 4);

    [Fact]
    public void Create3133_Staff_MatchesTheAnnouncement()
    {
        var problem = PlatformScenarios.Create3133(May4, 4, []);

        var listeners = problem.Staff.Where(s => s.Role == StaffRole.Listener).ToList();
        Assert.Equal(21, listeners.Count);
        Assert.Equal(9, listeners.Count(s => s.Contract.WeeklyMinutes == 35 * 60));
        Assert.Equal(6, listeners.Count(s => s.Contract.WeeklyMinutes == 24 * 60));
        Assert.Equal(6, listeners.Count(s => s.Contract.WeeklyMinutes == 28 * 60));
        Assert.All(listeners, s => Assert.True(s.IsTrained));
        Assert.Equal(3, problem.Staff.Count(s => s.Role == StaffRole.Manager && s.Contract.IsFullTime));
        Assert.Equal(28, problem.Opening.Count);
        Assert.All(problem.Opening, o => Assert.Equal(Duration.FromHours(11), o.Length));
    }

    [Fact]
    public void Create3133_MayHorizon_MarksFrenchHolidays()
    {
        var problem = PlatformScenarios.Create3133(May4, 4, []);

        // Victory in Europe (8 May), Ascension (14 May 2026) and Whit Monday (25 May 2026).
        Assert.Contains(new LocalDate(2026, 5, 8), problem.Holidays);
        Assert.Contains(new LocalDate(2026, 5, 14), problem.Holidays);
        Assert.Contains(new LocalDate(2026, 5, 25), problem.Holidays);
        Assert.DoesNotContain(new LocalDate(2026, 5, 12), problem.Holidays);
    }

    [Fact]
    public void Synthetic_TwoHundredPeople_KeepsTheContractMix()
    {
        var problem = PlatformScenarios.Synthetic(175, 25, May4, 1);

        var listeners = problem.Staff.Where(s => s.Role == StaffRole.Listener).ToList();
        Assert.Equal(175, listeners.Count);
        Assert.Equal(75, listeners.Count(s => s.Contract.IsFullTime));
        Assert.Equal(200, problem.Staff.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Typical_Demand_AboutTheShareOfContractedHoursAndNeverBelowTheFloor()
    {
        var problem = PlatformScenarios.Synthetic(21, 3, May4, 2);

        var needHours = problem.Demand.Sum(d => d.RequiredListeners) * 0.5;
        var contractedHours = problem.Staff.Where(s => s.Role == StaffRole.Listener).Sum(s => s.Contract.WeeklyMinutes) / 60.0 * 2;

        Assert.InRange(needHours / contractedHours, 0.75, 0.85);
        Assert.All(problem.Demand, d => Assert.True(d.RequiredListeners >= 2));
        Assert.Equal(2 * 7 * 22, problem.Demand.Count);
    }
}
