using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Benchmarks.ShiftScheduling;

/// <summary>
/// Maps a benchmark instance onto the product's rota problem, and the product's rota back onto the benchmark's assignments.
/// Day 0 is <see cref="FirstMonday"/>; every day is open; shift type k becomes a named definition starting at
/// 04:00 + 15 min × k (invented times, distinct so each worked shift reads back as one type; 04:00 keeps them clear of
/// daylight-saving nights). French-law and floor rules are switched off, so the model holds only the benchmark's constraints.
/// </summary>
public static class InstanceAdapter
{
    /// <summary>A fixed Monday for day 0.</summary>
    public static readonly LocalDate FirstMonday = new(2024, 1, 1);

    private const int SlotMinutes = 15;
    private static readonly LocalTime FirstStart = new(4, 0);
    private static readonly LocalTime Close = new(23, 45);

    public static RotaProblem ToProblem(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var shifts = instance.Shifts.Select((s, k) => new ShiftDefinition(s.Id, FirstStart.PlusMinutes(SlotMinutes * k), Duration.FromMinutes(s.LengthMinutes))).ToList();
        if (shifts.Any(s => s.End > Close || s.End < s.Start || s.Length.TotalMinutes % SlotMinutes != 0))
        {
            throw new ArgumentException($"Instance {instance.Name}: its shift types do not fit one day on the {SlotMinutes}-minute grid.", nameof(instance));
        }

        var dates = Enumerable.Range(0, instance.Days).Select(FirstMonday.PlusDays).ToList();
        var staff = instance.Employees.Select(e => ToStaff(instance, e)).ToList();
        return new RotaProblem(
            FirstMonday,
            instance.Weeks,
            staff,
            [.. dates.Select(d => new OpeningHours(d, LocalTime.Midnight, Close))],
            [],
            [],
            [],
            [],
            Rules(instance),
            Weights)
        {
            Shifts = shifts,
            ShiftCover = [.. instance.Cover.Select(c => new ShiftCover(FirstMonday.PlusDays(c.Day), c.ShiftId, c.Requirement, c.WeightUnder, c.WeightOver))],
        };
    }

    /// <summary>The rota as benchmark assignments: day from 0, shift type by its definition's start and end.</summary>
    public static IReadOnlyList<ShiftAssignment> ToAssignments(RotaProblem problem, IEnumerable<Assignment> rota)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rota);
        var byTimes = problem.Shifts.ToDictionary(s => (s.Start, s.End), s => s.Id);
        return [.. rota.Select(a => new ShiftAssignment(
            a.StaffId,
            Period.Between(problem.Start, a.Date, PeriodUnits.Days).Days,
            byTimes.TryGetValue((a.Start, a.End), out var id) ? id : $"{a.Start:HH:mm}-{a.End:HH:mm}"))];
    }

    /// <summary>Only the benchmark's soft terms: requests at weight 1 per request weight, cover with the file's weights.</summary>
    private static SoftWeights Weights { get; } = new()
    {
        UnderCoverage = 0, OverCoverage = 0, Fairness = 0, Preference = 1, StartTimeStability = 0, Change = 0, ConsecutiveWeekends = 0, DeferredHours = 0, BackToBackWeekends = 0,
    };

    private static RuleSettings Rules(Instance instance)
    {
        var lengths = instance.Shifts.Select(s => s.LengthMinutes).DefaultIfEmpty(SlotMinutes).ToList();
        return RuleSettings.Default with
        {
            SlotLength = Duration.FromMinutes(SlotMinutes),
            MinManagersOnDuty = 0,
            MinTrainedListenersOnDuty = 0,
            MinShiftLength = Duration.FromMinutes(lengths.Min()),
            MaxShiftLength = Duration.FromMinutes(lengths.Max()),
            MaxDailyWork = Duration.FromHours(24),
            // No shift reaches it, so no shift has an unpaid break: worked minutes are the shift's length.
            BreakThreshold = Duration.FromHours(24),
            MinDailyRest = Duration.Zero,
            MinWeeklyRest = Duration.Zero,
            MinDaysOffPerWeek = 0,
            MaxWorkingDaysInSeven = 7,
            MaxWeeklyWork = Duration.FromDays(7),
            MaxAverageWeeklyWork = Duration.FromDays(7),
            ContractHoursApply = false,
            ForbiddenSuccessions = instance.Shifts.Where(s => s.CannotFollow.Count > 0)
                .ToDictionary(s => s.Id, s => s.CannotFollow, StringComparer.Ordinal),
        };
    }

    private static StaffMember ToStaff(Instance instance, Employee e)
    {
        var daysOff = instance.DaysOff.TryGetValue(e.Id, out var off) ? off.Order() : Enumerable.Empty<int>();
        var requests = instance.OnRequests.Where(r => r.EmployeeId == e.Id).Select(r => Request(PreferenceKind.WantShift, r))
            .Concat(instance.OffRequests.Where(r => r.EmployeeId == e.Id).Select(r => Request(PreferenceKind.AvoidShift, r)));
        return new StaffMember(e.Id, e.Id, StaffRole.Listener, Contract.FullTime(), [], true, null,
            [.. daysOff.Select(d => new Absence(FirstMonday.PlusDays(d), FirstMonday.PlusDays(d)))], [.. requests])
        {
            Limits = new WorkLimits
            {
                MaxConsecutiveWorkDays = e.MaxConsecutiveShifts,
                MinConsecutiveWorkDays = e.MinConsecutiveShifts,
                MinConsecutiveDaysOff = e.MinConsecutiveDaysOff,
                MaxWeekends = e.MaxWeekends,
                MaxShiftsPerDefinition = e.MaxShifts,
                MinWorkedMinutes = e.MinTotalMinutes,
                MaxWorkedMinutes = e.MaxTotalMinutes,
            },
        };
    }

    private static Preference Request(PreferenceKind kind, ShiftRequest r) =>
        new(kind, FirstMonday.PlusDays(r.Day), null, r.Weight) { ShiftId = r.ShiftId };
}
