using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard: at most <see cref="WorkLimits.MaxConsecutiveWorkDays"/> working days in a row, as one sliding window of L + 1 days
/// summing to at most L. Windows reaching back into the history count its worked days, so a run that began before the
/// horizon is limited too; without history the run is counted within the horizon only.
/// </summary>
public sealed class MaxConsecutiveWorkDaysRule : IRotaRule
{
    public string Name => RuleNames.MaxConsecutiveWorkDays;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var days = model.Grid.Days.Count;
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var person = model.Staff[p];
            if (person.Limits.MaxConsecutiveWorkDays is not { } max || max >= days + HistoryRun(model, person.Id, max + 1))
            {
                continue;
            }

            for (var first = -max; first + max < days; first++)
            {
                var before = Math.Max(0, -first);
                // A window reaching back is a run only if every history day in it was worked; otherwise a later window holds.
                if (before > 0 && HistoryRun(model, person.Id, before) < before)
                {
                    continue;
                }

                var inHorizon = Enumerable.Range(Math.Max(0, first), max + 1 - before).Select(d => model.X.Works(p, d));
                var gate = model.Gates.For(Name, person.Id, model.Problem.Start.PlusDays(first), model.Problem.Start.PlusDays(first + max));
                model.Require(model.Model.Add(LinearExpr.Sum(inHorizon) <= max - before), gate);
            }
        }

        return [];
    }

    /// <summary>Days worked in a row just before the horizon, counted back at most <paramref name="upTo"/> days.</summary>
    private static int HistoryRun(RotaModel model, string staffId, int upTo)
    {
        var run = 0;
        while (run < upTo && model.History.Worked(staffId, model.Problem.Start.PlusDays(-run - 1)))
        {
            run++;
        }

        return run;
    }
}
