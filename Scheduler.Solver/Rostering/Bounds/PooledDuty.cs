using Google.OrTools.Sat;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>
/// Members of a class on duty in a slot of the pooled model: shifts covering the slot minus breaks that take it off the
/// floor (a break starting in k takes slots k … k + off − 1). Summed over a class's members this is exactly the full
/// model's on-duty count, since a break always lies inside its own shift.
/// </summary>
internal sealed class PooledDuty(CpModel model, int breakOffSlots)
{
    private readonly Dictionary<(StaffClass, int Day), (List<ShiftTemplate> Templates, List<IntVar> Shifts, Dictionary<int, IntVar> Breaks)> days = [];

    public CpModel Model => model;

    public void Add(StaffClass c, DayGrid day, List<ShiftTemplate> templates, List<IntVar> shifts, Dictionary<int, IntVar> breaks) =>
        days[(c, day.Index)] = (templates, shifts, breaks);

    /// <summary>Adds the class's members on duty in the slot of the date to <paramref name="sum"/>.</summary>
    public void AddOnDuty(LinearExprBuilder sum, StaffClass c, DayGrid day, int slot)
    {
        ArgumentNullException.ThrowIfNull(sum);
        if (!days.TryGetValue((c, day.Index), out var d))
        {
            return;
        }

        for (var i = 0; i < d.Templates.Count; i++)
        {
            if (d.Templates[i].Covers(slot))
            {
                sum.Add(d.Shifts[i]);
            }
        }

        for (var k = slot - breakOffSlots + 1; k <= slot; k++)
        {
            if (d.Breaks.TryGetValue(k, out var b))
            {
                sum.AddTerm(b, -1);
            }
        }
    }
}
