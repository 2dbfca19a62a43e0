using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Soft: each preference not honoured costs <see cref="SoftWeights.Preference"/> × its weight (1–5): working on an avoided
/// day, not working on a preferred day, a shift that does not start at opening (prefers early) or end at closing
/// (prefers late), working the weekend of a <see cref="PreferenceKind.WeekendOff"/> wish.
/// </summary>
public sealed class PreferencesTerm : IRotaRule
{
    public string Name => SoftTermNames.Preferences;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var unit = model.Problem.Weights.Preference;
        var cost = LinearExpr.NewBuilder();
        for (var p = 0; p < model.Staff.Count; p++)
        {
            foreach (var preference in model.Staff[p].Preferences)
            {
                var weight = (long)unit * preference.Weight;
                foreach (var day in model.Grid.Days.Where(d => d.IsOpen && preference.AppliesTo(d.Date)))
                {
                    var works = model.X.Works(p, day.Index);
                    switch (preference.Kind)
                    {
                        case PreferenceKind.PreferDay:
                            cost.Add(weight).AddTerm(works, -weight);
                            break;
                        case PreferenceKind.AvoidDay:
                            cost.AddTerm(works, weight);
                            break;
                        case PreferenceKind.PreferEarly:
                            cost.AddTerm(works - model.X.StartsAt(p, day.Index, day.OpenSlot), weight);
                            break;
                        case PreferenceKind.PreferLate:
                            cost.AddTerm(model.X.EndedBy(p, day.Index, day.CloseSlot - 1), weight);
                            break;
                        case PreferenceKind.WeekendOff when day.Date.DayOfWeek == NodaTime.IsoDayOfWeek.Saturday && day.Index + 1 < model.Grid.Days.Count:
                            cost.AddTerm(Weekends.Worked(model, p, day.Index / 7), weight);
                            break;
                        default:
                            break;
                    }
                }
            }
        }

        return [new Penalty(Name, cost)];
    }
}
