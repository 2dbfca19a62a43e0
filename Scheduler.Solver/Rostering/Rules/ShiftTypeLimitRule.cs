using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard: a person works each shift definition on at most <see cref="WorkLimits.MaxShiftsPerDefinition"/> dates of the
/// horizon; a limit of 0 means never (a skill or contract restriction), which presolve turns into fixed variables.
/// </summary>
public sealed class ShiftTypeLimitRule : IRotaRule
{
    public string Name => RuleNames.ShiftTypeLimit;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var person = model.Staff[p];
            foreach (var (definitionId, limit) in person.Limits.MaxShiftsPerDefinition.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                var shifts = model.Grid.Days
                    .Select(d => (Day: d, Template: d.Named(definitionId)))
                    .Where(d => d.Template is not null)
                    .Select(d => model.X.Shift(p, d.Day.Index, d.Template!.Index))
                    .ToList();
                if (limit >= shifts.Count)
                {
                    continue;
                }

                var gate = model.Gates.For(Name, person.Id, model.Problem.Start, model.Problem.End);
                model.Require(model.Model.Add(LinearExpr.Sum(shifts) <= Math.Max(0, limit)), gate);
            }
        }

        return [];
    }
}
