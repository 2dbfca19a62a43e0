using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard (rule 5): at most <see cref="RuleSettings.MaxWorkingDaysInSeven"/> working days in any 7 consecutive days,
/// windows reaching back into the history included (days before the horizon count as recorded).
/// </summary>
public sealed class MaxWorkingDaysInSevenRule : IRotaRule
{
    public string Name => RuleNames.MaxWorkingDaysInSeven;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var max = model.Problem.Rules.MaxWorkingDaysInSeven;
        var days = model.Grid.Days;
        if (max >= 7)
        {
            return [];
        }

        for (var p = 0; p < model.Staff.Count; p++)
        {
            var id = model.Staff[p].Id;
            for (var first = -6; first + 6 < days.Count; first++)
            {
                var inHorizon = Enumerable.Range(Math.Max(0, first), first + 7 - Math.Max(0, first)).ToList();
                var before = Enumerable.Range(first, Math.Max(0, -first)).Count(d => model.History.Worked(id, model.Problem.Start.PlusDays(d)));
                if (first < 0 && before == 0)
                {
                    // Without worked history days, a window reaching back is implied by a later one.
                    continue;
                }

                var worked = LinearExpr.Sum(inHorizon.Select(d => model.X.Works(p, d)));
                var gate = model.Gates.For(Name, id, model.Problem.Start.PlusDays(first), model.Problem.Start.PlusDays(first + 6));
                model.Require(model.Model.Add(worked <= max - before), gate);
            }
        }

        return [];
    }
}
