using Scheduler.Solver.Benchmarks.ShiftScheduling;
using static Scheduler.Tests.Benchmarks.ShiftSchedulingSamples;

namespace Scheduler.Tests.Benchmarks;

public sealed class ShiftSchedulingEvaluatorTests
{
    private static Instance WithEmployee(string id, Func<Employee, Employee> change)
    {
        var instance = Load();
        return instance with { Employees = instance.Employees.Select(e => e.Id == id ? change(e) : e).ToList() };
    }

    private static void AssertOnly(Evaluation evaluation, string constraint, string? employee, int? day)
    {
        var violation = Assert.Single(evaluation.Violations);
        Assert.Equal((constraint, employee, day), (violation.Constraint, violation.EmployeeId, violation.Day));
    }

    [Fact]
    public void Evaluate_FeasibleRoster_ObjectiveTermByTerm()
    {
        var evaluation = ShiftSchedulingEvaluator.Evaluate(Load(), Feasible());

        // Off-request a/2/E is worked (3). Day 1 E: 1 of 2 (100); day 2 E: 1 of 0 (1); day 2 L: 1 of 2 (100). Requests on a/0/E and b/3/L are met.
        Assert.True(evaluation.IsFeasible);
        Assert.Equal((0, 3, 200, 1), (evaluation.OnRequestPenalty, evaluation.OffRequestPenalty, evaluation.UnderCoverPenalty, evaluation.OverCoverPenalty));
        Assert.Equal(204, evaluation.Objective);
    }

    [Fact]
    public void Evaluate_OnRequestNotMet_CostsItsWeight()
    {
        var roster = Feasible().Where(a => !(a.EmployeeId == "b" && a.Day == 3)).ToList();

        var evaluation = ShiftSchedulingEvaluator.Evaluate(Load(), roster);

        Assert.Equal(1, evaluation.OnRequestPenalty);
    }

    [Fact]
    public void Evaluate_WorksOnDayOff_OnlyThatViolation() =>
        AssertOnly(ShiftSchedulingEvaluator.Evaluate(Load(), [.. Feasible(), new("a", 6, "E")]), HardConstraints.DayOff, "a", 6);

    [Fact]
    public void Evaluate_ShortRunOnTheLastDay_ExemptOrCheckedByTheEdgeReading()
    {
        var roster = Feasible().Append(new("a", 6, "E")).ToList();

        var exempt = ShiftSchedulingEvaluator.Evaluate(Load(), roster, HorizonEdges.Exempt);
        var checkedEdges = ShiftSchedulingEvaluator.Evaluate(Load(), roster, HorizonEdges.Checked);

        Assert.DoesNotContain(exempt.Violations, v => v.Constraint == HardConstraints.MinConsecutiveShifts);
        Assert.Contains(checkedEdges.Violations, v => v.Constraint == HardConstraints.MinConsecutiveShifts && v.Day == 6);
    }

    [Fact]
    public void Evaluate_LateThenEarly_CannotFollow()
    {
        List<ShiftAssignment> roster = [new("a", 0, "L"), new("a", 1, "E"), new("a", 2, "E"), .. Feasible().Where(a => a.EmployeeId == "b")];

        AssertOnly(ShiftSchedulingEvaluator.Evaluate(Load(), roster), HardConstraints.CannotFollow, "a", 1);
    }

    [Fact]
    public void Evaluate_ShiftTypeOverItsLimit_MaxShifts()
    {
        var roster = Feasible().Select(a => a is { EmployeeId: "b", Day: 1 } ? a with { ShiftId = "E" } : a).ToList();

        AssertOnly(ShiftSchedulingEvaluator.Evaluate(Load(), roster), HardConstraints.MaxShifts, "b", null);
    }

    [Theory]
    [InlineData(1000, 0, HardConstraints.MaxTotalMinutes)]
    [InlineData(3000, 2000, HardConstraints.MinTotalMinutes)]
    public void Evaluate_TotalMinutesOutsideTheBounds_Reported(int max, int min, string constraint) =>
        AssertOnly(ShiftSchedulingEvaluator.Evaluate(WithEmployee("a", e => e with { MaxTotalMinutes = max, MinTotalMinutes = min }), Feasible()), constraint, "a", null);

    [Fact]
    public void Evaluate_FourDaysInARowAgainstThree_MaxConsecutiveShifts() =>
        AssertOnly(ShiftSchedulingEvaluator.Evaluate(WithEmployee("b", e => e with { MaxConsecutiveShifts = 3 }), Feasible()), HardConstraints.MaxConsecutiveShifts, "b", 1);

    [Fact]
    public void Evaluate_FourDaysInARowAgainstFive_MinConsecutiveShifts() =>
        AssertOnly(ShiftSchedulingEvaluator.Evaluate(WithEmployee("b", e => e with { MinConsecutiveShifts = 5 }), Feasible()), HardConstraints.MinConsecutiveShifts, "b", 1);

    [Fact]
    public void Evaluate_TwoDaysOffInTheMiddleAgainstThree_MinConsecutiveDaysOff()
    {
        List<ShiftAssignment> roster = [new("a", 0, "E"), new("a", 1, "E"), new("a", 4, "E"), new("a", 5, "E"), .. Feasible().Where(a => a.EmployeeId == "b")];

        AssertOnly(ShiftSchedulingEvaluator.Evaluate(WithEmployee("a", e => e with { MinConsecutiveDaysOff = 3 }), roster), HardConstraints.MinConsecutiveDaysOff, "a", 2);
    }

    [Fact]
    public void Evaluate_SaturdayWorkedWithNoWeekendAllowed_MaxWeekends()
    {
        List<ShiftAssignment> roster = [new("a", 3, "E"), new("a", 4, "E"), new("a", 5, "E"), .. Feasible().Where(a => a.EmployeeId == "b")];

        AssertOnly(ShiftSchedulingEvaluator.Evaluate(WithEmployee("a", e => e with { MaxWeekends = 0 }), roster), HardConstraints.MaxWeekends, "a", null);
    }

    [Fact]
    public void Evaluate_TwoShiftsOneDay_OneShiftPerDay() =>
        AssertOnly(ShiftSchedulingEvaluator.Evaluate(Load(), [.. Feasible(), new("a", 0, "L")]), HardConstraints.OneShiftPerDay, "a", 0);

    [Fact]
    public void Evaluate_UnknownEmployee_UnknownId() =>
        AssertOnly(ShiftSchedulingEvaluator.Evaluate(Load(), [.. Feasible(), new("z", 0, "E")]), HardConstraints.UnknownId, "z", 0);
}
