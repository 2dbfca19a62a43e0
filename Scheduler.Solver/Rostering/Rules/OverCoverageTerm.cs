using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Soft: listeners on duty beyond the need of a half-hour and channel, each costing <see cref="SoftWeights.OverCoverage"/>.</summary>
public sealed class OverCoverageTerm : IRotaRule
{
    public string Name => SoftTermNames.OverCoverage;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var weight = model.Problem.Weights.OverCoverage;
        if (weight <= 0)
        {
            return [];
        }

        var cost = LinearExpr.NewBuilder();
        foreach (var need in DemandCoverage.Needs(model))
        {
            var over = model.Model.NewIntVar(0, model.Staff.Count, $"o_{need.Day.Index}_{need.Slot}_{need.Channel}");
            model.Model.Add(need.OnDuty - over <= need.Required);
            cost.AddTerm(over, weight);
        }

        return [new Penalty(Name, cost)];
    }
}
