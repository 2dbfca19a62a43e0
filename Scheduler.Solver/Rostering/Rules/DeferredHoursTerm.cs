using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft: a full-timer's week planned alone inside a reference period leaves as little as it can of the carried balance to
/// the period's later weeks. Each started half-hour below <see cref="ContractTargets.SettlingMinutes"/> costs
/// <see cref="SoftWeights.DeferredHours"/>. Without it, a week planned alone keeps full-timers at the band's floor (their
/// hours above the need cost over-coverage now) and leaves the period's last week to work it all back.
/// </summary>
public sealed class DeferredHoursTerm : IRotaRule
{
    public string Name => SoftTermNames.DeferredHours;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var weight = model.Problem.Weights.DeferredHours;
        if (weight <= 0)
        {
            return [];
        }

        var cost = LinearExpr.NewBuilder();
        for (var p = 0; p < model.Staff.Count; p++)
        {
            if (ContractTargets.SettlingMinutes(model.Staff[p], model.Problem) is not { } settling || settling == 0)
            {
                continue;
            }

            var owed = model.Model.NewIntVar(0, (settling + 29) / 30, $"owed_{p}");
            model.Model.Add(model.X.PaidMinutes(p, model.Grid.Days) + (30 * owed) >= settling);
            cost.AddTerm(owed, weight);
        }

        return [new Penalty(Name, cost)];
    }
}
