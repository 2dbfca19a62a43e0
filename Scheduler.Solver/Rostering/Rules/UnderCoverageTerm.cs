using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft: listeners missing against the need of each half-hour and channel, convex piecewise so that a shortage is
/// spread rather than piled on one half-hour: the first missing listener costs W, the second 2 W, each further one 3 W
/// (W = <see cref="SoftWeights.UnderCoverage"/>). Three pieces keep the model small while the LP already prefers
/// two half-hours one short each (2 W) to one half-hour two short (3 W).
/// </summary>
public sealed class UnderCoverageTerm : IRotaRule
{
    public string Name => SoftTermNames.UnderCoverage;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var weight = model.Problem.Weights.UnderCoverage;
        if (weight <= 0)
        {
            return [];
        }

        var cost = LinearExpr.NewBuilder();
        foreach (var need in DemandCoverage.Needs(model))
        {
            var key = $"{need.Day.Index}_{need.Slot}_{need.Channel}";
            var first = model.Model.NewBoolVar($"u1_{key}");
            var sum = LinearExpr.NewBuilder().Add(need.OnDuty).Add(first);
            cost.AddTerm(first, weight);
            if (need.Required >= 2)
            {
                var second = model.Model.NewBoolVar($"u2_{key}");
                sum.Add(second);
                cost.AddTerm(second, 2L * weight);
            }

            if (need.Required >= 3)
            {
                var rest = model.Model.NewIntVar(0, need.Required - 2, $"u3_{key}");
                sum.Add(rest);
                cost.AddTerm(rest, 3L * weight);
            }

            model.Model.Add(sum >= need.Required);
        }

        return [new Penalty(Name, cost)];
    }
}
