using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class RolePartsTests
{
    [Fact]
    public void Split_Platform_EachPartKeepsItsOwnFloorOnly()
    {
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 2);

        var parts = RoleParts.Split(problem);

        Assert.NotNull(parts);
        var (managers, listeners) = (parts[0], parts[1]);
        Assert.All(managers.Staff, s => Assert.Equal(StaffRole.Manager, s.Role));
        Assert.All(listeners.Staff, s => Assert.Equal(StaffRole.Listener, s.Role));
        Assert.Equal(problem.Staff.Count, managers.Staff.Count + listeners.Staff.Count);
        Assert.Empty(managers.Demand);
        Assert.Equal((1, 0), (managers.Rules.MinManagersOnDuty, managers.Rules.MinTrainedListenersOnDuty));
        Assert.Equal(problem.Demand, listeners.Demand);
        Assert.Equal((0, 2), (listeners.Rules.MinManagersOnDuty, listeners.Rules.MinTrainedListenersOnDuty));
    }

    [Fact]
    public void Split_PinnedShifts_EachPartKeepsItsPeoplesPins()
    {
        var listener = Shift("L001", 0, "09:00", "13:00");
        var manager = Shift("M02", 1, "09:00", "17:00");
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 2) with { Pinned = [listener, manager] };

        var parts = RoleParts.Split(problem);

        Assert.NotNull(parts);
        Assert.Equal([manager], parts[0].Pinned);
        Assert.Equal([listener], parts[1].Pinned);
    }

    [Fact]
    public void Split_PublishedRota_DoesNotSplit()
    {
        // The change term is kept by the whole model; a re-plan is repaired, not planned from the columns.
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 2) with { Reference = [Shift("L001", 0, "09:00", "13:00")] };

        Assert.Null(RoleParts.Split(problem));
    }

    [Fact]
    public void Split_NoManagers_DoesNotSplit()
    {
        var problem = PlatformScenarios.Synthetic(7, 0, Monday, 2);

        Assert.Null(RoleParts.Split(problem));
    }

    [Fact]
    public void Of_Part_KeepsOnlyItsPeoplesShifts()
    {
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 1);
        var rota = new[] { Shift("L001", 0, "09:00", "13:00"), Shift("M01", 0, "09:00", "19:00"), Shift("L002", 1, "12:00", "20:00") };

        var managers = RoleParts.Of(RoleParts.Split(problem)![0], rota);

        Assert.Equal(["M01"], managers.Select(a => a.StaffId));
    }
}
