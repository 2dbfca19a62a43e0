using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>
/// A week of a horizon alone, as the explanation of an infeasible problem uses it: every rota of the horizon must keep the
/// week's rules, or a week proven to keep no rota would not prove the horizon keeps none.
/// </summary>
public sealed class WeekRelaxationTests
{
    private static readonly LocalDate SecondMonday = Monday.PlusDays(7);

    /// <summary>The 3133's managers over two weeks inside a reference period, each carrying a balance in, with history.</summary>
    private static RotaProblem Managers()
    {
        var platform = PlatformScenarios.Create3133(Monday, 2, []);
        var managers = RoleParts.ForHardRules(platform)[0];
        return managers with
        {
            Staff = [.. managers.Staff.Select((s, i) => s with { CarriedMinutes = (i - 1) * 120 })],
            History = [Shift("M01", -1, "10:00", "20:00"), Shift("M02", -2, "09:00", "19:00")],
            ReferencePeriodEnd = Monday.PlusDays(20),
            ReferencePeriodWeeks = 4,
        };
    }

    [Fact]
    public void Of_LaterWeek_KeepsItsOwnDaysAndDropsWhatReachesPastThem()
    {
        var limited = Managers().Staff[0] with { Limits = new WorkLimits { MaxWeekends = 1, MinWorkedMinutes = 600 } };
        var problem = Managers() with
        {
            Staff = [limited, .. Managers().Staff.Skip(1)],
            Pinned = [Shift("M01", 1, "09:00", "17:00"), Shift("M02", 8, "12:00", "20:00")],
            Reference = [Shift("M03", 9, "09:00", "17:00")],
            FairnessFrom = Monday.PlusDays(-28),
        };

        var week = WeekRelaxation.Of(problem, 1);

        Assert.Equal((SecondMonday, 1), (week.Start, week.Weeks));
        Assert.Equal([Shift("M02", 8, "12:00", "20:00")], week.Pinned);
        Assert.Empty(week.History);
        Assert.Empty(week.Reference);
        Assert.Null(week.ReferencePeriodEnd);
        Assert.Null(week.FairnessFrom);
        Assert.All(week.Staff, s => Assert.Equal((WorkLimits.None, 0), (s.Limits, s.CarriedMinutes)));

        // What the week's own rules read stays: the people, their contracts and absences, the floor, the opening hours.
        Assert.Equal(problem.Staff.Select(s => (s.Id, s.Contract, s.Absences.Count)), week.Staff.Select(s => (s.Id, s.Contract, s.Absences.Count)));
        Assert.Equal(problem.Rules, week.Rules);
        Assert.Equal(problem.Opening, week.Opening);
    }

    [Fact]
    public void Of_FirstWeek_KeepsTheHistoryJustBeforeIt()
    {
        var problem = Managers();

        var week = WeekRelaxation.Of(problem, 0);

        Assert.Equal((Monday, 1), (week.Start, week.Weeks));
        Assert.Equal(problem.History, week.History);
    }

    [Fact]
    public void Of_EachWeekOfASolvedHorizon_KeepsEveryRuleOfThatWeekAlone()
    {
        var problem = Managers();
        var solution = Validated(problem, RotaSolver.Solve(problem, Options));
        AssertSolved(solution);

        for (var w = 0; w < problem.Weeks; w++)
        {
            var week = WeekRelaxation.Of(problem, w);
            var shifts = solution.Assignments.Where(a => a.Date >= week.Start && a.Date <= week.End).ToList();

            Assert.NotEmpty(shifts);
            Assert.Empty(RotaValidator.Validate(week, shifts));
        }
    }
}
