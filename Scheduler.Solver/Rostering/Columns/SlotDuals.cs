using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

/// <summary>What the pricing reads of the master LP's cover and floor rows: the value of a class's member on the floor in a slot.</summary>
internal static class SlotDuals
{
    /// <param name="cover">Per need row (day of the week, slot, channel), the duals of its low and high rows added.</param>
    /// <param name="floors">Per floor row (day of the week, slot, managers or trained listeners), its dual.</param>
    /// <returns>By (class, day of the week, slot), the duals of the rows a member's duty there enters.</returns>
    public static Func<int, int, int, double> Of(
        IReadOnlyList<StaffClass> classes, IReadOnlyList<DayGrid> week, IEnumerable<(int Day, int Slot, string Channel, double Value)> cover,
        IEnumerable<(int Day, int Slot, bool Managers, double Value)> floors)
    {
        var perChannel = cover.ToList();
        var floorValues = floors.ToList();
        var table = new Dictionary<(int Class, int Day, int Slot), double>();
        for (var c = 0; c < classes.Count; c++)
        {
            var staffClass = classes[c];
            foreach (var (day, slot, channel, value) in perChannel)
            {
                if (staffClass.CoversChannel(week[day], channel))
                {
                    table[(c, day, slot)] = table.GetValueOrDefault((c, day, slot)) + value;
                }
            }

            foreach (var (day, slot, managers, value) in floorValues)
            {
                if (managers ? staffClass.IsManager : staffClass.CountsAsListener(week[day]))
                {
                    table[(c, day, slot)] = table.GetValueOrDefault((c, day, slot)) + value;
                }
            }
        }

        return (c, day, slot) => table.GetValueOrDefault((c, day, slot));
    }
}
