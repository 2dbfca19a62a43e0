using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas.History;

namespace Scheduler.Tests.Api;

/// <summary><see cref="RotaHistory.Read"/> on audit entries as the interceptor writes them, one case per way of telling them.</summary>
public sealed class RotaHistoryReadTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 12, 1, 9, 0);
    private static readonly Guid Ines = Guid.NewGuid();
    private static readonly Guid Lea = Guid.NewGuid();
    private long id;

    [Fact]
    public void ManyShiftsAddedInOneSave_ReadAsOneLineWithTheirCount()
    {
        var entries = Enumerable.Range(0, RotaHistory.ListedAdditions + 1).Select(d => Entry("Added", null, Shift(Ines, d, "09:00", "15:00"))).ToList();

        var e = Assert.Single(RotaHistory.Read(entries));

        Assert.Equal(RotaEventKind.ShiftsAdded, e.Kind);
        Assert.Equal(RotaHistory.ListedAdditions + 1, e.Shifts);
    }

    [Fact]
    public void FewShiftsAdded_AreEachTold()
    {
        var entries = new[] { Entry("Added", null, Shift(Ines, 0, "09:00", "15:00")), Entry("Added", null, Shift(Lea, 1, "13:00", "20:00")) };

        var events = RotaHistory.Read(entries);

        Assert.All(events, e => Assert.Equal(RotaEventKind.ShiftAdded, e.Kind));
        Assert.Equal([Lea, Ines], events.Select(e => e.Is!.StaffId));
    }

    [Fact]
    public void OnlyTheBreakMoved_IsNoEvent_AnotherEndIs()
    {
        var entries = new[]
        {
            Entry("Modified", Shift(Ines, 0, "09:00", "16:00", "12:00"), Shift(Ines, 0, "09:00", "16:00", "13:00")),
            Entry("Modified", Shift(Ines, 0, "09:00", "16:00"), Shift(Ines, 0, "09:00", "17:00")),
        };

        var e = Assert.Single(RotaHistory.Read(entries));

        Assert.Equal(RotaEventKind.ShiftChanged, e.Kind);
        Assert.Equal(new LocalTime(17, 0), e.Is!.End);
    }

    [Fact]
    public void TwoPeopleGivenEachOthersShiftInOneSave_IsASwap_OneGivenAloneIsAChange()
    {
        var swap = new[]
        {
            Entry("Modified", Shift(Ines, 0, "09:00", "15:00"), Shift(Lea, 0, "09:00", "15:00")),
            Entry("Modified", Shift(Lea, 1, "13:00", "20:00"), Shift(Ines, 1, "13:00", "20:00")),
        };
        var alone = new[] { Entry("Modified", Shift(Ines, 0, "09:00", "15:00"), Shift(Lea, 0, "09:00", "15:00")) };

        var swapped = Assert.Single(RotaHistory.Read(swap));
        var changed = Assert.Single(RotaHistory.Read(alone));

        Assert.Equal(RotaEventKind.ShiftsSwapped, swapped.Kind);
        Assert.Equal((Ines, Lea), (swapped.Was!.StaffId, swapped.Is!.StaffId));
        Assert.Equal(RotaEventKind.ShiftChanged, changed.Kind);
    }

    [Fact]
    public void Cover_AndTheShiftChangeItsSaveWrote_AreOneEvent_WithTheShiftsTimes()
    {
        var change = Entry("Modified", Shift(Ines, 2, "11:00", "18:00"), Shift(Lea, 2, "11:00", "18:00"));
        var cover = new AuditEntry
        {
            Id = ++id, At = At, Actor = change.Actor, EntityType = "Assignment", EntityKey = change.EntityKey, Action = "Covered",
            Before = $"{{\"staffId\":\"{Ines}\"}}", After = $"{{\"staffId\":\"{Lea}\",\"violations\":[\"contract-hours\"]}}", Reason = "Inès malade",
        };
        AuditEntry[] entries = [cover, change];

        var e = Assert.Single(RotaHistory.Read(entries));

        Assert.Equal(RotaEventKind.ShiftCovered, e.Kind);
        Assert.Equal((Ines, Lea), (e.Was!.StaffId, e.Is!.StaffId));
        Assert.Equal(new LocalTime(11, 0), e.Is.Start);
        Assert.Equal(["contract-hours"], e.Rules);
        Assert.Equal("Inès malade", e.Reason);
    }

    [Fact]
    public void Removal_TellsTheShiftAsItWas()
    {
        var e = Assert.Single(RotaHistory.Read([Entry("Deleted", Shift(Lea, 3, "13:00", "20:00"), null)]));

        Assert.Equal(RotaEventKind.ShiftRemoved, e.Kind);
        Assert.Equal((Lea, new LocalDate(2027, 1, 7)), (e.Was!.StaffId, e.Was.Date));
    }

    [Fact]
    public void RotaPublishedThenItsStatusSaved_OnlyTheSupersedingChangeIsAnEvent()
    {
        var entries = new[]
        {
            new AuditEntry { Id = ++id, At = At, Actor = "m", EntityType = "Rota", EntityKey = "r", Action = "Modified", Before = "{\"Status\":\"Draft\"}", After = "{\"Status\":\"Published\"}" },
            new AuditEntry { Id = ++id, At = At, Actor = "m", EntityType = "Rota", EntityKey = "r", Action = "Modified", Before = "{\"Status\":\"Published\"}", After = "{\"Status\":\"Superseded\"}" },
        };

        Assert.Equal(RotaEventKind.Superseded, Assert.Single(RotaHistory.Read(entries)).Kind);
    }

    private AuditEntry Entry(string action, string? before, string? after) =>
        new() { Id = ++id, At = At, Actor = "m@3133.fr", EntityType = "Assignment", EntityKey = $"r/assignments/{id}", Action = action, Before = before, After = after };

    /// <summary>An assignment as the audit interceptor serialises it: entity property names, NodaTime ISO values.</summary>
    private static string Shift(Guid staff, int day, string start, string end, string? breakStart = null) =>
        $"{{\"StaffId\":\"{staff}\",\"Date\":\"{new LocalDate(2027, 1, 4).PlusDays(day):yyyy-MM-dd}\",\"Start\":\"{start}:00\",\"End\":\"{end}:00\",\"BreakStart\":{(breakStart is null ? "null" : $"\"{breakStart}:00\"")}}}";
}
