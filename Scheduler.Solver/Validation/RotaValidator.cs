using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation.Checks;

namespace Scheduler.Solver.Validation;

/// <summary>
/// Checks any rota (solved, edited by hand or imported) against every hard rule of the problem, with no reference to the solver.
/// Each rule is one <see cref="IRotaCheck"/> named after its <see cref="RuleNames"/> constant.
/// </summary>
public static class RotaValidator
{
    /// <summary>Every hard rule, in the order of the issue, then the work-pattern rules of named shifts.</summary>
    public static IReadOnlyList<IRotaCheck> Checks { get; } =
    [
        new ManagerCoverCheck(),
        new ListenerCoverCheck(),
        new OpeningHoursCheck(),
        new AvailabilityCheck(),
        new OneShiftPerDayCheck(),
        new ShiftLengthCheck(),
        new MaxDailyWorkCheck(),
        new DailyRestCheck(),
        new WeeklyRestCheck(),
        new DaysOffPerWeekCheck(),
        new MaxWorkingDaysInSevenCheck(),
        new MaxWeeklyHoursCheck(),
        new MaxAverageWeeklyHoursCheck(),
        new ContractHoursCheck(),
        new PartTimeExtraHoursCheck(),
        new BreakCheck(),
        new PinnedCheck(),
        new MaxConsecutiveWorkDaysCheck(),
        new MinConsecutiveWorkDaysCheck(),
        new MinConsecutiveDaysOffCheck(),
        new MaxWeekendsCheck(),
        new ShiftTypeLimitCheck(),
        new WorkedMinutesRangeCheck(),
        new ForbiddenSuccessionCheck(),
    ];

    /// <summary>The violations of <paramref name="assignments"/>, ordered by date, rule name, person (cover first) and time; empty when the rota is legal.</summary>
    public static IReadOnlyList<RuleViolation> Validate(RotaProblem problem, IReadOnlyList<Assignment> assignments)
    {
        var context = new ValidationContext(problem, assignments);
        return Checks.SelectMany(check => check.Check(context))
            .OrderBy(v => v.Date)
            .ThenBy(v => v.Rule, StringComparer.Ordinal)
            .ThenBy(v => v.StaffId ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(v => v.Time)
            .ToList();
    }
}
