namespace Scheduler.Solver.Benchmarks.ShiftScheduling;

/// <summary>
/// One instance of the Curtois &amp; Qu employee shift-scheduling benchmark: days 0 to <see cref="Days"/> − 1, day 0 a Monday,
/// each employee working at most one shift type per day.
/// </summary>
public sealed record Instance(
    string Name,
    int Days,
    IReadOnlyList<ShiftType> Shifts,
    IReadOnlyList<Employee> Employees,
    IReadOnlyDictionary<string, IReadOnlySet<int>> DaysOff,
    IReadOnlyList<ShiftRequest> OnRequests,
    IReadOnlyList<ShiftRequest> OffRequests,
    IReadOnlyList<CoverRequirement> Cover)
{
    public int Weeks => Days / 7;

    public ShiftType? Shift(string id) => Shifts.FirstOrDefault(s => s.Id == id);

    public Employee? Employee(string id) => Employees.FirstOrDefault(e => e.Id == id);

    public bool IsDayOff(string employeeId, int day) => DaysOff.TryGetValue(employeeId, out var days) && days.Contains(day);
}

/// <summary>A shift type; an employee who works it on day d may not work any of <see cref="CannotFollow"/> on day d + 1.</summary>
public sealed record ShiftType(string Id, int LengthMinutes, IReadOnlyList<string> CannotFollow);

/// <summary>An employee's hard limits over the horizon.</summary>
/// <param name="MaxShifts">Per shift type, the most days it may be worked (0: never).</param>
/// <param name="MaxWeekends">Weekends worked at most; a weekend (days 7w+5, 7w+6) counts when either day is worked.</param>
public sealed record Employee(
    string Id,
    IReadOnlyDictionary<string, int> MaxShifts,
    int MaxTotalMinutes,
    int MinTotalMinutes,
    int MaxConsecutiveShifts,
    int MinConsecutiveShifts,
    int MinConsecutiveDaysOff,
    int MaxWeekends);

/// <summary>A wish to work (on-request) or not to work (off-request) a shift type on a day, and the penalty when it is not met.</summary>
public sealed record ShiftRequest(string EmployeeId, int Day, string ShiftId, int Weight);

/// <summary>Preferred number of employees on a shift type on a day; each one short costs <see cref="WeightUnder"/>, each one over <see cref="WeightOver"/>.</summary>
public sealed record CoverRequirement(int Day, string ShiftId, int Requirement, int WeightUnder, int WeightOver);

/// <summary>An employee works a shift type on a day (a day off has no assignment).</summary>
public sealed record ShiftAssignment(string EmployeeId, int Day, string ShiftId);
