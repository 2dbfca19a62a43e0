namespace Scheduler.Solver.Benchmarks.ShiftScheduling;

/// <summary>The benchmark's hard constraints on one employee's line of the roster (one shift ID or null per day).</summary>
internal static class EmployeeConstraints
{
    public static IEnumerable<HardViolation> Check(Instance instance, Employee employee, string?[] shifts, HorizonEdges edges)
    {
        var id = employee.Id;
        for (var day = 0; day < shifts.Length; day++)
        {
            if (shifts[day] is { } shift && instance.IsDayOff(id, day))
            {
                yield return new HardViolation(HardConstraints.DayOff, id, day, $"{id} works {shift} on day {day}, a day off");
            }

            if (day > 0 && shifts[day - 1] is { } before && shifts[day] is { } after && instance.Shift(before)!.CannotFollow.Contains(after))
            {
                yield return new HardViolation(HardConstraints.CannotFollow, id, day, $"{id} works {after} on day {day} after {before}, which it cannot follow");
            }
        }

        foreach (var (shiftId, limit) in employee.MaxShifts)
        {
            var worked = shifts.Count(s => s == shiftId);
            if (worked > limit)
            {
                yield return new HardViolation(HardConstraints.MaxShifts, id, null, $"{id} works {shiftId} {worked} times, more than {limit}");
            }
        }

        var minutes = shifts.OfType<string>().Sum(s => instance.Shift(s)!.LengthMinutes);
        if (minutes > employee.MaxTotalMinutes)
        {
            yield return new HardViolation(HardConstraints.MaxTotalMinutes, id, null, $"{id} works {minutes} minutes, more than {employee.MaxTotalMinutes}");
        }

        if (minutes < employee.MinTotalMinutes)
        {
            yield return new HardViolation(HardConstraints.MinTotalMinutes, id, null, $"{id} works {minutes} minutes, fewer than {employee.MinTotalMinutes}");
        }

        foreach (var (working, start, length) in Runs(shifts))
        {
            var touchesEdge = start == 0 || start + length == shifts.Length;
            var exempt = touchesEdge && edges == HorizonEdges.Exempt;
            if (working && length > employee.MaxConsecutiveShifts)
            {
                yield return new HardViolation(HardConstraints.MaxConsecutiveShifts, id, start, $"{id} works {length} days in a row from day {start}, more than {employee.MaxConsecutiveShifts}");
            }
            else if (working && length < employee.MinConsecutiveShifts && !exempt)
            {
                yield return new HardViolation(HardConstraints.MinConsecutiveShifts, id, start, $"{id} works only {length} day(s) in a row from day {start}, fewer than {employee.MinConsecutiveShifts}");
            }
            else if (!working && length < employee.MinConsecutiveDaysOff && !exempt)
            {
                yield return new HardViolation(HardConstraints.MinConsecutiveDaysOff, id, start, $"{id} has only {length} day(s) off in a row from day {start}, fewer than {employee.MinConsecutiveDaysOff}");
            }
        }

        var weekends = Enumerable.Range(0, instance.Weeks).Count(w => shifts[(7 * w) + 5] is not null || shifts[(7 * w) + 6] is not null);
        if (weekends > employee.MaxWeekends)
        {
            yield return new HardViolation(HardConstraints.MaxWeekends, id, null, $"{id} works {weekends} weekends, more than {employee.MaxWeekends}");
        }
    }

    /// <summary>Maximal runs of working days and of days off, in order.</summary>
    private static IEnumerable<(bool Working, int Start, int Length)> Runs(string?[] shifts)
    {
        var start = 0;
        for (var day = 1; day <= shifts.Length; day++)
        {
            if (day == shifts.Length || (shifts[day] is null) != (shifts[start] is null))
            {
                yield return (shifts[start] is not null, start, day - start);
                start = day;
            }
        }
    }
}
