using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Shared by the two floor rules: at least <c>minimum</c> of the people <c>counts</c> selects on duty in every open slot,
/// gated per date. In shortage mode a slack per slot absorbs what cannot be covered, and its sum is minimised.
/// </summary>
internal static class FloorCover
{
    public static IEnumerable<Penalty> Apply(RotaModel m, string rule, int minimum, Func<StaffMember, NodaTime.LocalDate, bool> counts)
    {
        if (minimum <= 0)
        {
            return [];
        }

        var slacks = new List<IntVar>();
        foreach (var day in m.Grid.Days.Where(d => d.IsOpen))
        {
            var gate = m.Gates.For(rule, null, day.Date);
            var people = Enumerable.Range(0, m.Staff.Count).Where(p => counts(m.Staff[p], day.Date)).ToList();
            var missing = new List<IntVar>();
            foreach (var slot in day.OpenSlots)
            {
                var onDuty = LinearExpr.NewBuilder();
                foreach (var p in people)
                {
                    m.X.AddOnDuty(onDuty, p, day.Index, slot);
                }

                if (m.Mode == ModelMode.Shortage)
                {
                    var slack = m.Model.NewIntVar(0, minimum, $"short_{rule}_{day.Index}_{slot}");
                    onDuty.Add(slack);
                    missing.Add(slack);
                }

                m.Require(m.Model.Add(onDuty >= minimum), gate);
            }

            if (missing.Count > 0)
            {
                m.RecordShortage(rule, day.Date, LinearExpr.Sum(missing));
                slacks.AddRange(missing);
            }
        }

        return slacks.Count > 0 ? [new Penalty(SoftTermNames.FloorShortage, LinearExpr.Sum(slacks))] : [];
    }
}
