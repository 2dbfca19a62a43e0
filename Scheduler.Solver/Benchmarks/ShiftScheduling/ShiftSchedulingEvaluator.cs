namespace Scheduler.Solver.Benchmarks.ShiftScheduling;

/// <summary>
/// Recomputes the benchmark's objective from an assignment (employee, day, shift), independently of any solver,
/// and lists every hard constraint the assignment breaks.
/// </summary>
public static class ShiftSchedulingEvaluator
{
    public static Evaluation Evaluate(Instance instance, IReadOnlyList<ShiftAssignment> assignments, HorizonEdges edges = HorizonEdges.Exempt)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(assignments);
        var violations = new List<HardViolation>();
        var known = new List<ShiftAssignment>();
        foreach (var a in assignments)
        {
            var problem = instance.Employee(a.EmployeeId) is null ? $"unknown employee '{a.EmployeeId}'"
                : instance.Shift(a.ShiftId) is null ? $"unknown shift '{a.ShiftId}'"
                : a.Day < 0 || a.Day >= instance.Days ? $"day {a.Day} is outside 0..{instance.Days - 1}"
                : null;
            if (problem is null)
            {
                known.Add(a);
            }
            else
            {
                violations.Add(new HardViolation(HardConstraints.UnknownId, a.EmployeeId, a.Day, problem));
            }
        }

        var roster = new Dictionary<(string Employee, int Day), string>();
        foreach (var a in known)
        {
            if (!roster.TryAdd((a.EmployeeId, a.Day), a.ShiftId))
            {
                violations.Add(new HardViolation(HardConstraints.OneShiftPerDay, a.EmployeeId, a.Day, $"{a.EmployeeId} has more than one shift on day {a.Day}"));
            }
        }

        foreach (var employee in instance.Employees)
        {
            var shifts = Enumerable.Range(0, instance.Days).Select(d => roster.GetValueOrDefault((employee.Id, d))).ToArray();
            violations.AddRange(EmployeeConstraints.Check(instance, employee, shifts, edges));
        }

        var counts = roster.GroupBy(entry => (entry.Key.Day, Shift: entry.Value)).ToDictionary(g => g.Key, g => g.Count());
        int Count(CoverRequirement c) => counts.GetValueOrDefault((c.Day, c.ShiftId));
        return new Evaluation(
            instance.OnRequests.Where(r => roster.GetValueOrDefault((r.EmployeeId, r.Day)) != r.ShiftId).Sum(r => r.Weight),
            instance.OffRequests.Where(r => roster.GetValueOrDefault((r.EmployeeId, r.Day)) == r.ShiftId).Sum(r => r.Weight),
            instance.Cover.Sum(c => c.WeightUnder * Math.Max(0, c.Requirement - Count(c))),
            instance.Cover.Sum(c => c.WeightOver * Math.Max(0, Count(c) - c.Requirement)),
            violations);
    }
}
