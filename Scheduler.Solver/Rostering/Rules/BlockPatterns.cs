using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Shared by the two minimum-block rules: a block of one kind (working, or off) that starts on date s (the date before is
/// of the other kind) carries on for the next minimum − 1 dates, or up to the horizon's end if that comes first:
/// kind(s) ≤ kind(s − 1) + kind(s + j) for 1 ≤ j &lt; minimum. That forbids exactly the short blocks framed on both
/// sides; blocks touching the first or last date are exempt, since the days beyond the horizon are unknown (the reading of
/// the Curtois &amp; Qu benchmark). These three-term rows give a much tighter LP than one clause per short pattern
/// ("off, work × k, off"): on benchmark Instance5 the bound after 20 s rose from 921 to 1007 and the rota found fell
/// from 1241 to 1158 (optimum 1143).
/// </summary>
internal static class BlockPatterns
{
    public static void ForbidShortBlocks(RotaModel model, string rule, int person, int minimum, bool working)
    {
        var days = model.Grid.Days.Count;
        var id = model.Staff[person].Id;
        LinearExpr Kind(int d) => working ? model.X.Works(person, d) : 1 - model.X.Works(person, d);
        for (var start = 1; start < days; start++)
        {
            for (var j = 1; j < minimum && start + j < days; j++)
            {
                var gate = model.Gates.For(rule, id, model.Problem.Start.PlusDays(start), model.Problem.Start.PlusDays(start + j));
                model.Require(model.Model.Add(Kind(start) <= Kind(start - 1) + Kind(start + j)), gate);
            }
        }
    }

    /// <summary>The minimum of a person's limits, or null when it cannot bite (absent, or at most 1).</summary>
    public static int? Biting(int? minimum) => minimum is > 1 ? minimum : null;

    public static WorkLimits LimitsOf(RotaModel model, int person) => model.Staff[person].Limits;
}
