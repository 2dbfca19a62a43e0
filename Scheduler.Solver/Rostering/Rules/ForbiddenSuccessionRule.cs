using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard: after a shift definition, none of the definitions <see cref="RuleSettings.ForbiddenSuccessions"/> lists for it is
/// worked on the next date, the history's last day included. As one shift a day is the most anyone works, the shift and
/// all its forbidden successors fit in one "at most one" row: x(d, a) + Σ x(d + 1, b) ≤ 1, tighter than one row per pair.
/// </summary>
public sealed class ForbiddenSuccessionRule : IRotaRule
{
    public string Name => RuleNames.ForbiddenSuccession;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var successions = model.Problem.Rules.ForbiddenSuccessions;
        if (successions.Count == 0)
        {
            return [];
        }

        var days = model.Grid.Days;
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var id = model.Staff[p].Id;
            foreach (var (first, next) in successions.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                if (WorkedBefore(model, id, first))
                {
                    var gate = model.Gates.For(Name, id, model.Problem.Start.PlusDays(-1), model.Problem.Start);
                    model.Require(model.Model.Add(Successors(model, p, days[0], next) == 0), gate);
                }

                for (var d = 0; d + 1 < days.Count; d++)
                {
                    if (days[d].Named(first) is not { } template || next.All(n => days[d + 1].Named(n) is null))
                    {
                        continue;
                    }

                    var gate = model.Gates.For(Name, id, days[d].Date, days[d + 1].Date);
                    model.Require(model.Model.Add(model.X.Shift(p, d, template.Index) + Successors(model, p, days[d + 1], next) <= 1), gate);
                }
            }
        }

        return [];
    }

    private static LinearExpr Successors(RotaModel model, int person, DayGrid day, IEnumerable<string> next) =>
        LinearExpr.Sum(next.Select(day.Named).OfType<ShiftTemplate>().Select(t => model.X.Shift(person, day.Index, t.Index)));

    /// <summary>True when the history holds the definition <paramref name="definitionId"/> on the day before the horizon.</summary>
    private static bool WorkedBefore(RotaModel model, string staffId, string definitionId)
    {
        var definition = model.Problem.Shifts.FirstOrDefault(s => s.Id == definitionId);
        var eve = model.Problem.Start.PlusDays(-1);
        return definition is not null && model.Problem.History.Any(a => a.StaffId == staffId && a.Date == eve && definition.Matches(a));
    }
}
