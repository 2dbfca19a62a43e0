using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Two counting arguments, no search, that a role cannot keep its floor in a week: the hours its people may work fall short
/// of the floor's hours, or their working days fall short of the shifts the floor needs (a day of 11 h open needs two
/// shifts of at most 10 h per person on the floor). Every figure is the most the rules allow, breaks ignored, so a week
/// said short is short whatever the rota; one not said short may still be. The solver uses it to skip a search that cannot
/// succeed, and the explanation to look for more weeks to explain once one conflict is found, at no cost when none is short.
/// </summary>
internal static class FloorCapacity
{
    /// <summary>True when some week of <paramref name="problem"/> falls short for one of its roles: no rota keeps every rule.</summary>
    public static bool AnyWeekShort(RotaProblem problem) =>
        RoleParts.ForHardRules(problem).Any(part => Enumerable.Range(0, part.Weeks).Any(w => FallsShort(part, w)));

    /// <summary>True when the people of <paramref name="part"/> (one role) cannot keep its floor in week <paramref name="w"/>.</summary>
    public static bool FallsShort(RotaProblem part, int w)
    {
        ArgumentNullException.ThrowIfNull(part);
        var managers = IsManagers(part);
        var floor = managers ? part.Rules.MinManagersOnDuty : part.Rules.MinTrainedListenersOnDuty;
        if (floor <= 0 || part.Shifts.Count > 0 || part.Staff.Any(s => s.Role == StaffRole.Manager) != managers)
        {
            // No floor, named shifts of their own lengths, or both roles on one floor: nothing to count.
            return false;
        }

        var dates = Enumerable.Range(7 * w, 7).Select(part.Start.PlusDays).ToList();
        var open = part.Opening.Where(o => dates.Contains(o.Date)).ToList();
        var longest = part.Rules.MaxShiftLength.TotalMinutes;
        var neededMinutes = floor * open.Sum(o => o.Length.TotalMinutes);
        var neededDays = open.Sum(o => (int)Math.Ceiling(floor * o.Length.TotalMinutes / longest));

        var days = part.Staff.Select(s => Math.Min(7 - part.Rules.MinDaysOffPerWeek, open.Count(o => OnHand(s, o.Date, managers)))).ToList();
        var minutes = part.Staff.Zip(days, (s, d) => Math.Min(d * longest, MostPaidMinutes(s, dates, part.Rules)));
        return days.Sum() < neededDays || minutes.Sum() < neededMinutes;
    }

    /// <summary>The floor rule of <paramref name="part"/>, a part of one role.</summary>
    public static string FloorRule(RotaProblem part) =>
        IsManagers(part) ? RuleNames.ManagerCover : RuleNames.ListenerCover;

    /// <summary>Person-days of week <paramref name="w"/> on which a member of <paramref name="part"/> may work and counts toward its floor.</summary>
    public static int PeopleOnHand(RotaProblem part, int w)
    {
        ArgumentNullException.ThrowIfNull(part);
        var managers = IsManagers(part);
        return Enumerable.Range(7 * w, 7).Select(part.Start.PlusDays).Sum(d => part.Staff.Count(s => OnHand(s, d, managers)));
    }

    private static bool IsManagers(RotaProblem part) => part.Staff.Count > 0 && part.Staff.All(s => s.Role == StaffRole.Manager);

    private static bool OnHand(StaffMember person, NodaTime.LocalDate date, bool managers) =>
        person.IsAvailableOn(date) && (managers ? person.Role == StaffRole.Manager : person.CountsAsTrainedListenerOn(date));

    /// <summary>The most paid minutes the week's rules allow: the contract's band or extra hours, and the weekly maximum.</summary>
    private static double MostPaidMinutes(StaffMember person, IReadOnlyList<NodaTime.LocalDate> week, RuleSettings rules)
    {
        var most = rules.MaxWeeklyWork.TotalMinutes;
        if (!rules.ContractHoursApply)
        {
            return most;
        }

        var target = ContractTargets.WeeklyTarget(person, week);
        var above = person.Contract.IsFullTime ? rules.FullTimeWeeklyBand.TotalMinutes : ContractTargets.ExtraAllowed(person, rules);
        return Math.Min(most, target + above);
    }
}
