using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>Small steps of the rota lifecycle over HTTP, shared by the rota and calendar tests.</summary>
public static class RotaApi
{
    public static async Task<Guid> MyStaffIdAsync(ApiFactory factory)
    {
        using var listener = await factory.ClientAsync(Roles.Listener);
        return (await listener.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> SomeoneElseAsync(ApiFactory factory, Guid notThisOne)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = await manager.GetFromJsonAsync<JsonElement>("/api/staff");
        return staff.EnumerateArray()
            .Where(s => s.GetProperty("role").GetString() == "Listener")
            .Select(s => s.GetProperty("id").GetGuid())
            .First(id => id != notThisOne);
    }

    public static object Shift(Guid staffId, string date, string start, string end, string? breakStart = null, string? breakEnd = null) =>
        new { staffId, date, start, end, breakStart, breakEnd, channel = "phone" };

    /// <summary>Imports a one-week draft and answers the created rota (its "rota" summary and "assignments").</summary>
    public static async Task<JsonElement> ImportAsync(ApiFactory factory, string monday, params object[] shifts)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var response = await manager.PostAsJsonAsync("/api/rotas/import", new { periodStart = monday, weeks = 1, source = "test", assignments = shifts });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    /// <summary>The reason given when publishing the partial rotas tests make by hand: they break the cover rules by design.</summary>
    public const string HandMadeRota = "A partial rota made by hand for a test.";

    public static async Task<HttpResponseMessage> PublishAsync(ApiFactory factory, Guid rotaId, string? overrideReason = HandMadeRota)
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        return await manager.PostAsJsonAsync($"/api/rotas/{rotaId}/publish", new { overrideReason });
    }

    public static Guid RotaId(JsonElement rota) => rota.GetProperty("rota").GetProperty("id").GetGuid();

    /// <summary>The id of <paramref name="staffId"/>'s first shift in an imported rota.</summary>
    public static Guid ShiftOf(JsonElement rota, Guid staffId) =>
        rota.GetProperty("assignments").EnumerateArray().First(a => a.GetProperty("staffId").GetGuid() == staffId).GetProperty("id").GetGuid();
}
