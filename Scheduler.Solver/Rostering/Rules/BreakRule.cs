using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard (rule 8): a shift of <see cref="RuleSettings.BreakThreshold"/> or more holds exactly one unpaid break of
/// <see cref="RuleSettings.BreakLength"/> (never under the legal 20 consecutive minutes, Code du travail L3121-16),
/// starting on the grid at least <see cref="RuleSettings.BreakMargin"/> after the shift starts and ending at least that
/// long before it ends. Shorter shifts have no break. A long shift whose window is empty cannot be worked.
/// </summary>
public sealed class BreakRule : IRotaRule
{
    public string Name => RuleNames.Break;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var slot = model.Grid.SlotMinutes;
        var margin = (int)model.Problem.Rules.BreakMargin.TotalMinutes;
        var afterStart = (margin + slot - 1) / slot;
        var beforeEnd = (margin + model.Grid.BreakMinutes + slot - 1) / slot;
        for (var p = 0; p < model.Staff.Count; p++)
        {
            foreach (var day in model.Grid.Days.Where(d => d.Templates.Any(t => t.NeedsBreak)))
            {
                var gate = model.Gates.For(Name, model.Staff[p].Id, day.Date);
                var breaks = model.X.Breaks(p, day.Index);
                var longShifts = model.X.ShiftsWhere(p, day.Index, t => t.NeedsBreak);
                model.Require(model.Model.Add(LinearExpr.Sum(breaks.Values) == longShifts), gate);
                foreach (var (breakSlot, start) in breaks)
                {
                    // A break may start here only inside a long shift whose window holds the slot.
                    model.Require(model.Model.Add(start <= model.X.LongShiftsSpanning(p, day.Index, breakSlot - afterStart, breakSlot + beforeEnd - 1)), gate);
                }

                var unplaceable = day.Templates.Where(t => t.NeedsBreak && t.BreakLatest < t.BreakEarliest).ToList();
                if (unplaceable.Count > 0)
                {
                    model.Require(model.Model.Add(LinearExpr.Sum(unplaceable.Select(t => model.X.Shift(p, day.Index, t.Index))) == 0), gate);
                }
            }
        }

        return [];
    }
}
