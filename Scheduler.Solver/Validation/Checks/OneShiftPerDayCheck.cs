using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: at most one continuous shift per person per date.</summary>
public sealed class OneShiftPerDayCheck : IRotaCheck
{
    public string Rule => RuleNames.OneShiftPerDay;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var group in context.Rota.GroupBy(a => (a.StaffId, a.Date)).Where(g => g.Count() > 1))
        {
            var who = context.StaffById.TryGetValue(group.Key.StaffId, out var person) ? Say.Who(person) : group.Key.StaffId;
            var shifts = string.Join(", ", group.OrderBy(a => a.Start).Select(a => $"{Say.Time(a.Start)}-{Say.Time(a.End)}"));
            yield return new RuleViolation(Rule, group.Key.StaffId, group.Key.Date, group.Min(a => a.Start),
                $"{who} a {group.Count()} créneaux le {Say.Date(group.Key.Date)} ({shifts}) ; un seul est permis par jour.",
                $"{who} has {group.Count()} shifts on {Say.Date(group.Key.Date)} ({shifts}); one a day is allowed.");
        }
    }
}
