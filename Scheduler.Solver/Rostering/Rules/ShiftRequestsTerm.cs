using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft: requests for a named shift. A <see cref="PreferenceKind.WantShift"/> not met (off, or another shift) and an
/// <see cref="PreferenceKind.AvoidShift"/> met each cost <see cref="SoftWeights.Preference"/> × the request's weight.
/// A wanted shift that does not exist that date costs its weight whatever the rota.
/// </summary>
public sealed class ShiftRequestsTerm : IRotaRule
{
    public string Name => SoftTermNames.ShiftRequests;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var unit = model.Problem.Weights.Preference;
        var cost = LinearExpr.NewBuilder();
        var any = false;
        for (var p = 0; p < model.Staff.Count; p++)
        {
            foreach (var request in model.Staff[p].Preferences.Where(r => r.Kind is PreferenceKind.WantShift or PreferenceKind.AvoidShift && r.ShiftId is not null))
            {
                any = true;
                var weight = (long)unit * request.Weight;
                foreach (var day in model.Grid.Days.Where(d => request.AppliesTo(d.Date)))
                {
                    var template = day.Named(request.ShiftId!);
                    if (request.Kind == PreferenceKind.WantShift)
                    {
                        cost.Add(weight);
                        if (template is not null)
                        {
                            cost.AddTerm(model.X.Shift(p, day.Index, template.Index), -weight);
                        }
                    }
                    else if (template is not null)
                    {
                        cost.AddTerm(model.X.Shift(p, day.Index, template.Index), weight);
                    }
                }
            }
        }

        return any && unit > 0 ? [new Penalty(Name, cost)] : [];
    }
}
