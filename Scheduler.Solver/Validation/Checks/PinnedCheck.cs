using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard: every shift a manager pinned inside the horizon is in the rota with the same start and end, and the same break
/// when the pin gives one that keeps the break rule; otherwise (no break, or one the rule refuses) the planner places it.
/// </summary>
public sealed class PinnedCheck : IRotaCheck
{
    public string Rule => RuleNames.Pinned;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var pinned in context.Problem.Pinned.Where(p => p.Date >= context.Problem.Start && p.Date <= context.Problem.End))
        {
            var breakFixed = pinned.BreakStart is not null && BreakCheck.Keeps(pinned, context.Rules);
            var kept = context.ShiftsOf(pinned.StaffId).Any(a =>
                a.Date == pinned.Date && a.Start == pinned.Start && a.End == pinned.End
                && (!breakFixed || (a.BreakStart == pinned.BreakStart && a.BreakEnd == pinned.BreakEnd)));
            if (!kept)
            {
                var who = context.StaffById.TryGetValue(pinned.StaffId, out var person) ? Say.Who(person) : pinned.StaffId;
                var breakText = pinned.BreakStart is { } bs && pinned.BreakEnd is { } be ? $" ({Say.Time(bs)}-{Say.Time(be)})" : string.Empty;
                yield return new RuleViolation(Rule, pinned.StaffId, pinned.Date, pinned.Start,
                    $"Le créneau fixé de {who} le {Say.Shift(pinned)}{breakText} n'est pas dans le planning tel quel.",
                    $"{who}'s pinned shift {Say.Shift(pinned)}{breakText} is not in the rota as fixed.");
            }
        }
    }
}
