using NodaTime;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

public sealed class ShiftChangesTests
{
    private static readonly string Ana = Guid.NewGuid().ToString();
    private static readonly string Ben = Guid.NewGuid().ToString();
    private static readonly LocalDate Monday = new(2026, 11, 30);

    private static Assignment Shift(string who, int day, int from, int to) => new(who, Monday.PlusDays(day), new LocalTime(from, 0), new LocalTime(to, 0), null, null);

    [Fact]
    public void Between_SameShifts_NoChange() =>
        Assert.Empty(ShiftChanges.Between([Shift(Ana, 0, 9, 15)], [Shift(Ana, 0, 9, 15)]));

    [Fact]
    public void Between_ShiftGoneNewShiftAndOtherHours_ListsRemovedAddedMovedInDateOrder()
    {
        var changes = ShiftChanges.Between(
            [Shift(Ana, 0, 9, 15), Shift(Ben, 1, 12, 20)],
            [Shift(Ben, 1, 9, 17), Shift(Ben, 2, 9, 15)]);

        Assert.Equal([ShiftChanges.Removed, ShiftChanges.Moved, ShiftChanges.Added], changes.Select(c => c.Change));
        Assert.Equal(Guid.Parse(Ana), changes[0].StaffId);
        Assert.Equal((new LocalTime(12, 0), new LocalTime(9, 0)), (changes[1].FromStart!.Value, changes[1].ToStart!.Value));
        Assert.Null(changes[2].FromStart);
    }
}
