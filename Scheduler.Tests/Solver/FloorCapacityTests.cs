using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>The counting arguments that a role cannot keep its floor in a week, whatever the rota.</summary>
public sealed class FloorCapacityTests
{
    private static readonly LocalDate SecondMonday = Monday.PlusDays(7);

    private static (RotaProblem Managers, RotaProblem Listeners) Parts(Func<StaffMember, StaffMember>? change = null)
    {
        var problem = PlatformScenarios.Create3133(Monday, 2, []);
        problem = problem with { Staff = [.. problem.Staff.Select(change ?? (s => s))] };
        var parts = RoleParts.ForHardRules(problem);
        return (parts[0], parts[1]);
    }

    private static StaffMember AwayInTheSecondWeek(StaffMember person) =>
        person with { Absences = [new Absence(SecondMonday, SecondMonday.PlusDays(6), AbsenceKind.Leave)] };

    [Fact]
    public void FallsShort_The3133AsItIs_NoWeekOfEitherRole()
    {
        var (managers, listeners) = Parts();

        Assert.All(new[] { managers, listeners }, part => Assert.All([0, 1], w => Assert.False(FloorCapacity.FallsShort(part, w))));
    }

    [Fact]
    public void FallsShort_TwoManagersForSevenDaysOfElevenHours_ThatWeekOnly()
    {
        // Ten working days (two days off each) for fourteen shifts of at most 10 h: short of days, not of hours (77 h of 77).
        var (managers, _) = Parts(s => s.Id == "M01" ? AwayInTheSecondWeek(s) : s);

        Assert.False(FloorCapacity.FallsShort(managers, 0));
        Assert.True(FloorCapacity.FallsShort(managers, 1));
    }

    [Fact]
    public void FallsShort_ThreePartTimersForAFloorOfTwo_ThatWeekOnly()
    {
        // Three listeners of 28 h, 10 % more at most: 92.4 of the floor's 154 hours.
        var (_, listeners) = Parts(s => s.Role == StaffRole.Listener && s.Contract.WeeklyMinutes != 28 * 60 || s.Id is "L016" or "L017" or "L018" ? AwayInTheSecondWeek(s) : s);

        Assert.Equal(3, listeners.Staff.Count(s => s.IsAvailableOn(SecondMonday)));
        Assert.False(FloorCapacity.FallsShort(listeners, 0));
        Assert.True(FloorCapacity.FallsShort(listeners, 1));
    }

    [Fact]
    public void FallsShort_UntrainedListeners_CountForNothing()
    {
        var (_, listeners) = Parts(s => s.Role == StaffRole.Listener && s.Id != "L001" && s.Id != "L002" ? s with { IsTrained = false } : s);

        // Two full-timers alone: 77 h at most for the floor's 154.
        Assert.True(FloorCapacity.FallsShort(listeners, 0));
    }
}
