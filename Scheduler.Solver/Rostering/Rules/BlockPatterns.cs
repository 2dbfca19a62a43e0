using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Shared by the two minimum-block rules: forbids every block of k &lt; minimum days of one kind (working or off) framed by
/// a day of the other kind on each side, with one clause per pattern, e.g. for work "off, work × k, off":
/// works(s − 1) + works(s + k) − Σ works(s..s+k−1) ≥ 1 − k. Blocks touching the first or last date are exempt: the days
/// beyond the horizon are unknown (the reading of the Curtois &amp; Qu benchmark).
/// </summary>
internal static class BlockPatterns
{
    public static void ForbidShortBlocks(RotaModel model, string rule, int person, int minimum, bool working)
    {
        var days = model.Grid.Days.Count;
        var id = model.Staff[person].Id;
        for (var length = 1; length < minimum; length++)
        {
            for (var start = 1; start + length < days; start++)
            {
                var frame = model.X.Works(person, start - 1) + model.X.Works(person, start + length);
                var inside = LinearExpr.Sum(Enumerable.Range(start, length).Select(d => model.X.Works(person, d)));
                var gate = model.Gates.For(rule, id, model.Problem.Start.PlusDays(start), model.Problem.Start.PlusDays(start + length - 1));
                var clause = working
                    ? model.Model.Add(frame - inside >= 1 - length)
                    : model.Model.Add(inside - frame >= -1);
                model.Require(clause, gate);
            }
        }
    }

    /// <summary>The minimum of a person's limits, or null when it cannot bite (absent, or at most 1).</summary>
    public static int? Biting(int? minimum) => minimum is > 1 ? minimum : null;

    public static WorkLimits LimitsOf(RotaModel model, int person) => model.Staff[person].Limits;
}
