using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard: a shift a manager pinned is kept exactly (start and end; its break too when the pin gives one on the grid
/// inside the allowed window, otherwise the solver places the break). A pin for someone not in the problem is an error.
/// </summary>
public sealed class PinnedRule : IRotaRule
{
    public string Name => RuleNames.Pinned;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var pin in model.Problem.Pinned)
        {
            var p = model.IndexOf(pin.StaffId);
            if (p < 0)
            {
                throw new ArgumentException($"A pinned shift names {pin.StaffId}, who is not in the staff.", nameof(model));
            }

            if (model.Grid.DayIndex(pin.Date) is not { } d || model.Grid.Find(d, pin.Start, pin.End) is not { } template)
            {
                continue;
            }

            var gate = model.Gates.For(Name, pin.StaffId, pin.Date);
            model.Require(model.Model.Add(model.X.Shift(p, d, template.Index) == 1), gate);
            if (pin.BreakStart is { } breakStart && RotaGrid.SlotOf(breakStart, model.Grid.SlotMinutes) is { } slot
                && model.X.Breaks(p, d).TryGetValue(slot, out var breakVar) && template.BreakMayStartAt(slot))
            {
                model.Require(model.Model.Add(breakVar == 1), gate);
            }
        }

        return [];
    }
}
