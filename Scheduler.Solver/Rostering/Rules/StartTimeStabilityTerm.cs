using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft: stable start times across a week. Each distinct start time a person has in a Monday–Sunday week costs
/// <see cref="SoftWeights.StartTimeStability"/> (the first one is a constant for anyone who works that week; every further
/// one is the real cost).
/// </summary>
public sealed class StartTimeStabilityTerm : IRotaRule
{
    public string Name => SoftTermNames.StartTimeStability;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var weight = model.Problem.Weights.StartTimeStability;
        if (weight <= 0)
        {
            return [];
        }

        var cost = LinearExpr.NewBuilder();
        for (var p = 0; p < model.Staff.Count; p++)
        {
            for (var w = 0; w < model.Grid.WeekCount; w++)
            {
                var week = model.Grid.Week(w).ToList();
                foreach (var start in week.SelectMany(d => d.Templates.Select(t => t.StartSlot)).Distinct().Order())
                {
                    var used = model.Model.NewBoolVar($"st{p}_{w}_{start}");
                    foreach (var day in week)
                    {
                        model.Model.Add(model.X.StartsAt(p, day.Index, start) <= used);
                    }

                    cost.AddTerm(used, weight);
                }
            }
        }

        return [new Penalty(Name, cost)];
    }
}
