using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: every shift a manager pinned inside the horizon is in the rota exactly (same start, end and break).</summary>
public sealed class PinnedCheck : IRotaCheck
{
    public string Rule => RuleNames.Pinned;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rota = context.Rota.ToHashSet();
        foreach (var pinned in context.Problem.Pinned.Where(p => p.Date >= context.Problem.Start && p.Date <= context.Problem.End))
        {
            if (!rota.Contains(pinned))
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
