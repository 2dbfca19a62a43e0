using System.Globalization;
using System.Text;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>
/// People the rules and the coverage terms cannot tell apart over the horizon: same role, contract, allowed extra hours,
/// channels, qualification on every date, the same availability and credited absences on every date, and the same
/// leeway around a full-timer's weekly target (see <see cref="ContractTargets.FullTimeLeeway"/>) and the same minutes that
/// settle a reference period's balance (see <see cref="ContractTargets.SettlingMinutes"/>). Preferences,
/// pins, history and the published rota may differ: the pooled relaxation drops the rules and terms that read them.
/// </summary>
internal sealed record StaffClass(IReadOnlyList<int> Members, StaffMember Representative)
{
    public int Size => Members.Count;

    /// <summary>How far a full-timer member's week may stray below and above its target (see <see cref="ContractTargets.FullTimeLeeway"/>).</summary>
    public (int Least, int Most) Leeway { get; init; }

    /// <summary>A full-timer member's settling minutes in a week planned alone inside a reference period (see <see cref="ContractTargets.SettlingMinutes"/>).</summary>
    public int? Settling { get; init; }

    /// <summary>What a member's week of so many paid minutes leaves owed to the reference period, priced as <see cref="DeferredHoursTerm"/> does.</summary>
    public Func<int, long> DeferredCost(SoftWeights weights) => paid =>
        Settling is { } settling && weights is { DeferredHours: > 0 } ? ContractTargets.DeferredCost(paid, settling, weights.DeferredHours) : 0;

    /// <summary>Whether a member counts as a trained listener of <paramref name="channel"/> on the date (toward the need).</summary>
    public bool CoversChannel(DayGrid day, string channel) =>
        Representative.CountsAsTrainedListenerOn(day.Date) && Representative.Channels.Contains(channel, StringComparer.OrdinalIgnoreCase);

    public bool CountsAsListener(DayGrid day) => Representative.CountsAsTrainedListenerOn(day.Date);

    public bool IsManager => Representative.Role == StaffRole.Manager;

    public bool IsAvailable(DayGrid day) => Representative.IsAvailableOn(day.Date);

    /// <summary>Paid minutes each member must work in the week (0 when contract hours are switched off).</summary>
    public int MinimumPaid(IReadOnlyList<DayGrid> week, RuleSettings rules)
    {
        if (!rules.ContractHoursApply)
        {
            return 0;
        }

        var target = ContractTargets.WeeklyTarget(Representative, week);
        return Representative.Contract.IsFullTime ? Math.Max(0, target + Leeway.Least) : target;
    }

    /// <summary>Paid minutes each member may work in the week: the contract ceiling and the 48 h maximum.</summary>
    public int MaximumPaid(IReadOnlyList<DayGrid> week, RuleSettings rules)
    {
        var legal = (int)rules.MaxWeeklyWork.TotalMinutes;
        if (!rules.ContractHoursApply)
        {
            return legal;
        }

        var target = ContractTargets.WeeklyTarget(Representative, week);
        var ceiling = Representative.Contract.IsFullTime
            ? target + Leeway.Most
            : target + ContractTargets.ExtraAllowed(Representative, rules);
        return Math.Min(legal, ceiling);
    }

    /// <summary>The classes of a problem, in the order of their first member.</summary>
    public static IReadOnlyList<StaffClass> Of(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return [.. Enumerable.Range(0, problem.Staff.Count)
            .GroupBy(p => KeyOf(problem.Staff[p], problem), StringComparer.Ordinal)
            .Select(g => new StaffClass([.. g], problem.Staff[g.First()])
            {
                Leeway = ContractTargets.FullTimeLeeway(problem.Staff[g.First()], problem),
                Settling = ContractTargets.SettlingMinutes(problem.Staff[g.First()], problem),
            })];
    }

    private static string KeyOf(StaffMember person, RotaProblem problem)
    {
        var key = new StringBuilder();
        key.Append(CultureInfo.InvariantCulture, $"{person.Role}|{person.Contract.WeeklyMinutes}|{ContractTargets.ExtraAllowed(person, problem.Rules)}|");
        key.Append(CultureInfo.InvariantCulture, $"{ContractTargets.FullTimeLeeway(person, problem)}|{ContractTargets.SettlingMinutes(person, problem)}|");
        key.AppendJoin(',', person.Channels.Select(c => c.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)).Append('|');
        foreach (var date in problem.Dates)
        {
            // Per date: trained-listener status, and the absence that covers it (credited absences change the weekly target).
            var covering = person.Absences.Where(a => a.Covers(date)).ToList();
            key.Append(person.CountsAsTrainedListenerOn(date) ? 'T' : 'n')
                .Append(covering.Count == 0 ? '-' : covering.Any(a => a.Kind != AbsenceKind.Unavailable) ? 'c' : 'u');
        }

        return key.ToString();
    }
}
