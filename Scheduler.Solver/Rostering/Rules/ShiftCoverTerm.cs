using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft, linear: for each <see cref="RotaProblem.ShiftCover"/> entry, count the people on that shift definition that date;
/// each one short of the requirement costs its under weight, each one over costs its over weight. One row per entry,
/// count + short − over = required, keeps the LP exact; short and over are each also the max of their difference and 0,
/// so that even an unfinished search reports the true cost. The two parts are reported as two terms.
/// </summary>
public sealed class ShiftCoverTerm : IRotaRule
{
    public string Name => SoftTermNames.ShiftUnderCover;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Problem.ShiftCover.Count == 0)
        {
            return [];
        }

        var under = LinearExpr.NewBuilder();
        var over = LinearExpr.NewBuilder();
        foreach (var cover in model.Problem.ShiftCover)
        {
            var required = Math.Max(0, cover.Required);
            var template = model.Grid.DayIndex(cover.Date) is { } d ? model.Grid.Days[d].Named(cover.ShiftId) : null;
            if (template is null)
            {
                // Nobody can work a shift that does not exist that date: the whole requirement is short.
                under.Add((long)cover.UnderWeight * required);
                continue;
            }

            var day = model.Grid.DayIndex(cover.Date)!.Value;
            var count = LinearExpr.Sum(Enumerable.Range(0, model.Staff.Count).Select(p => model.X.Shift(p, day, template.Index)));
            var key = $"{day}_{cover.ShiftId}";
            var shortBy = model.Model.NewIntVar(0, required, $"cu_{key}");
            var overBy = model.Model.NewIntVar(0, Math.Max(0, model.Staff.Count - required), $"co_{key}");
            model.Model.Add(count + shortBy - overBy == required);
            // Exact, not only bounded below: a rota found before the search ends must report the cost its rota has, which an
            // independent count (the benchmark's evaluator) recomputes; a slack left high would overstate it.
            model.Model.AddMaxEquality(shortBy, [required - count, LinearExpr.Constant(0)]);
            model.Model.AddMaxEquality(overBy, [count - required, LinearExpr.Constant(0)]);
            under.AddTerm(shortBy, Math.Max(0, cover.UnderWeight));
            over.AddTerm(overBy, Math.Max(0, cover.OverWeight));
        }

        return [new Penalty(SoftTermNames.ShiftUnderCover, under), new Penalty(SoftTermNames.ShiftOverCover, over)];
    }
}
