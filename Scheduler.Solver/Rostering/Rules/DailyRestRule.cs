using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard (rule 4): at least <see cref="RuleSettings.MinDailyRest"/> of rest between two shifts, in elapsed time
/// (Code du travail L3131-1), including the last shift of the history before the horizon.
/// With 9:00–20:00 opening the rest is always 13 h or more, so the rule adds no constraint there.
/// </summary>
public sealed class DailyRestRule : IRotaRule
{
    public string Name => RuleNames.DailyRest;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var minimum = model.Problem.Rules.MinDailyRest;
        if (minimum <= NodaTime.Duration.Zero)
        {
            return [];
        }

        var days = model.Grid.Days;
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var id = model.Staff[p].Id;
            if (model.History.LastEnd(id, model.Problem.Start.PlusDays(-1), model.Zone) is { } previousEnd)
            {
                var bad = RestPairs.LatestBadStartAfter(previousEnd, days[0], minimum, model.Zone);
                if (bad >= 0)
                {
                    var gate = model.Gates.For(Name, id, days[0].Date.PlusDays(-1), days[0].Date);
                    model.Require(model.Model.Add(RestPairs.StartingAtOrBefore(model, p, days[0], bad) == 0), gate);
                }
            }

            for (var d = 0; d + 1 < days.Count; d++)
            {
                var pairs = RestPairs.TooShort(days[d], days[d + 1], minimum, model.Zone);
                var gate = pairs.Count > 0 ? model.Gates.For(Name, id, days[d].Date, days[d + 1].Date) : null;
                foreach (var (end, latestBadStart) in pairs)
                {
                    var sum = RestPairs.EndingAtOrAfter(model, p, days[d], end) + RestPairs.StartingAtOrBefore(model, p, days[d + 1], latestBadStart);
                    model.Require(model.Model.Add(sum <= 1), gate);
                }
            }
        }

        return [];
    }
}
