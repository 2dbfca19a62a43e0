using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Shared shape of the two floor-cover rules: in every open slot, enough people of a kind are on duty for the whole slot.
/// A person counts in a slot only when the shift covers all of it and no part of the break falls in it.
/// Consecutive short slots with the same count are reported as one violation.
/// </summary>
public abstract class CoverCheck : IRotaCheck
{
    public abstract string Rule { get; }

    protected abstract int Required(RuleSettings rules);

    protected abstract bool Counts(StaffMember person, LocalDate day);

    protected abstract (string Fr, string En) Describe(LocalDate day, LocalTime from, LocalTime until, int present, int required);

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var required = Required(context.Rules);
        if (required <= 0)
        {
            yield break;
        }

        foreach (var opening in context.Problem.Opening.Where(o => o.Date >= context.Problem.Start && o.Date <= context.Problem.End).OrderBy(o => o.Date))
        {
            var onDate = context.Rota
                .Where(a => a.Date == opening.Date && context.StaffById.TryGetValue(a.StaffId, out var p) && Counts(p, a.Date))
                .ToList();
            (int Start, int End, int Present)? run = null;
            foreach (var (start, end) in Slots.Open(opening, context.Rules.SlotLength))
            {
                var present = onDate.Count(a => Slots.OnDutyThroughout(a, start, end));
                if (run is { } r && (present >= required || present != r.Present))
                {
                    yield return Violation(opening.Date, r, required);
                    run = null;
                }

                if (present < required)
                {
                    run = run is { } open ? open with { End = end } : (start, end, present);
                }
            }

            if (run is { } last)
            {
                yield return Violation(opening.Date, last, required);
            }
        }
    }

    private RuleViolation Violation(LocalDate date, (int Start, int End, int Present) run, int required)
    {
        var (fr, en) = Describe(date, Slots.AtMinute(run.Start), Slots.AtMinute(run.End), run.Present, required);
        return new RuleViolation(Rule, null, date, Slots.AtMinute(run.Start), fr, en);
    }
}
