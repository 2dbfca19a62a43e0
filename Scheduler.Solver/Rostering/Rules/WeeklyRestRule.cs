using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard (rule 5): at least <see cref="RuleSettings.MinWeeklyRest"/> of consecutive rest in every Monday–Sunday week
/// (Code du travail L3132-2: 24 h + 11 h). The rest is anchored on a day off of the week: the time from the end of the
/// shift before it to the start of the shift after it must reach the minimum. When every such gap is long enough
/// (9:00–20:00 opening: a day off always gives 37 h), the rule reduces to "at least one day off in the week".
/// </summary>
public sealed class WeeklyRestRule : IRotaRule
{
    public string Name => RuleNames.WeeklyRest;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Problem.Rules.MinWeeklyRest <= NodaTime.Duration.Zero)
        {
            // Switched off (a problem outside French law, such as a benchmark): no day off is implied either.
            return [];
        }

        for (var p = 0; p < model.Staff.Count; p++)
        {
            for (var w = 0; w < model.Grid.WeekCount; w++)
            {
                var week = model.Grid.Week(w).ToList();
                var gate = model.Gates.For(Name, model.Staff[p].Id, week[0].Date, week[^1].Date);
                var gaps = week.Select(d => ShortGaps(model, p, d)).ToList();
                if (gaps.All(g => g.Count == 0))
                {
                    // No gap can fall short: one day off in the week suffices, no rest variable is needed.
                    model.Require(model.Model.Add(LinearExpr.Sum(week.Select(d => model.X.Works(p, d.Index))) <= week.Count - 1), gate);
                    continue;
                }

                var anchors = new List<BoolVar>();
                foreach (var (day, dayGaps) in week.Zip(gaps))
                {
                    var restHere = model.Model.NewBoolVar($"rest{p}_{day.Index}");
                    anchors.Add(restHere);
                    model.Model.Add(model.X.Works(p, day.Index) + restHere <= 1);
                    foreach (var (shifts, count) in dayGaps)
                    {
                        model.Model.Add(restHere + shifts <= count);
                    }
                }

                model.Require(model.Model.Add(LinearExpr.Sum(anchors) >= 1), gate);
            }
        }

        return [];
    }

    /// <summary>
    /// Pairs of shifts around <paramref name="day"/> (the day before, possibly from history, and the day after) that leave
    /// less than the weekly rest; each as "these shifts sum to at most count − 1 when the rest is anchored here".
    /// </summary>
    private static List<(LinearExpr Shifts, int Count)> ShortGaps(RotaModel model, int p, DayGrid day)
    {
        var minimum = model.Problem.Rules.MinWeeklyRest;
        var days = model.Grid.Days;
        var result = new List<(LinearExpr, int)>();
        if (day.Index + 1 >= days.Count)
        {
            return result;
        }

        var next = days[day.Index + 1];
        if (day.Index == 0)
        {
            if (model.History.LastEnd(model.Staff[p].Id, day.Date.PlusDays(-1), model.Zone) is { } previousEnd)
            {
                var bad = RestPairs.LatestBadStartAfter(previousEnd, next, minimum, model.Zone);
                if (bad >= 0)
                {
                    result.Add((RestPairs.StartingAtOrBefore(model, p, next, bad), 1));
                }
            }

            return result;
        }

        foreach (var (end, latestBadStart) in RestPairs.TooShort(days[day.Index - 1], next, minimum, model.Zone))
        {
            var sum = RestPairs.EndingAtOrAfter(model, p, days[day.Index - 1], end) + RestPairs.StartingAtOrBefore(model, p, next, latestBadStart);
            result.Add((sum, 2));
        }

        return result;
    }
}
