using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Shared by the rules that forbid whole shifts (outside opening hours, wrong length, too much work in a day):
/// the catalogue never generates such shifts, so these rules only bite on shifts a manager pinned.
/// </summary>
internal static class ForbiddenTemplates
{
    public static IEnumerable<Penalty> Apply(RotaModel m, string rule, Func<DayGrid, ShiftTemplate, bool> forbidden)
    {
        for (var p = 0; p < m.Staff.Count; p++)
        {
            foreach (var day in m.Grid.Days)
            {
                var bad = day.Templates.Where(t => forbidden(day, t)).Select(t => m.X.Shift(p, day.Index, t.Index)).ToList();
                if (bad.Count > 0)
                {
                    m.Require(m.Model.Add(LinearExpr.Sum(bad) == 0), m.Gates.For(rule, m.Staff[p].Id, day.Date));
                }
            }
        }

        return [];
    }
}
