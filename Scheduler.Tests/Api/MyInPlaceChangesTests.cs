using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>
/// A published rota changed in place (an approved swap; a cover, see <see cref="ShiftHandoverTests"/>) is news to the
/// people whose shifts changed: their recent changes say it, read from the audit log.
/// </summary>
public sealed class MyInPlaceChangesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ApprovedSwap_OnThePublishedRota_ReadsAsMyShiftRemovedAndTheColleaguesAdded()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var colleague = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2026-12-14", RotaApi.Shift(me, "2026-12-15", "09:00", "15:00"), RotaApi.Shift(colleague, "2026-12-17", "13:00", "19:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).EnsureSuccessStatusCode().Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/swaps", new { assignmentId = RotaApi.ShiftOf(rota, me), otherAssignmentId = RotaApi.ShiftOf(rota, colleague) });
        var swap = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        (await manager.PostAsJsonAsync($"/api/requests/swaps/{swap}/approve", new { overrideReason = RotaApi.HandMadeRota })).EnsureSuccessStatusCode().Dispose();

        var changes = (await listener.GetFromJsonAsync<JsonElement>("/api/me/changes")).EnumerateArray()
            .Where(c => c.GetProperty("date").GetString() is "2026-12-15" or "2026-12-17")
            .Select(c => (c.GetProperty("date").GetString(), c.GetProperty("change").GetString(), c.GetProperty("fromStart").GetString(), c.GetProperty("toStart").GetString()))
            .ToList();

        Assert.Equal([("2026-12-15", "removed", "09:00", null), ("2026-12-17", "added", null, "13:00")], changes);
    }
}
