using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

public sealed class DemandTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Get_AfterFirstStart_HoldsTheDefaultWeekOfTheLine()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);

        var slots = (await manager.GetFromJsonAsync<JsonElement>("/api/demand")).GetProperty("slots").EnumerateArray().ToList();

        // 7 days × 22 half-hours (9:00–20:00), phone only; 60,000 calls a year is about 1,150 a week (DESIGN.md).
        Assert.Equal(7 * 22, slots.Count);
        Assert.All(slots, s => Assert.Equal("phone", s.GetProperty("channel").GetString()));
        Assert.InRange(slots.Sum(s => s.GetProperty("expectedContacts").GetDouble()), 1140, 1160);
        Assert.All(slots, s => Assert.True(s.GetProperty("requiredListeners").GetInt32() >= 1));
    }

    [Fact]
    public async Task Put_NegativeListeners_Answers400NamingTheSlotField()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PutAsJsonAsync("/api/demand", new { slots = new[] { new { day = "Monday", start = "09:00", channel = "phone", requiredListeners = -1 } } });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "slots[0].requiredListeners");
    }

    [Fact]
    public async Task Put_SlotOffTheHalfHour_Answers400NamingStart()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.PutAsJsonAsync("/api/demand", new { slots = new[] { new { day = "Monday", start = "09:10", channel = "phone", requiredListeners = 2 } } });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "slots[0].start");
    }
}

/// <summary>Replacing the profile needs a database of its own: the other demand tests read the seeded one.</summary>
public sealed class DemandReplaceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Put_NewProfile_ReplacesTheWeeklyRows()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);
        var slots = new[]
        {
            new { day = "Tuesday", start = "10:00", channel = "phone", expectedContacts = 12.5, requiredListeners = 4 },
            new { day = "Monday", start = "09:30", channel = "chat", expectedContacts = 3.0, requiredListeners = 1 },
        };

        using var response = await manager.PutAsJsonAsync("/api/demand", new { slots });
        var stored = (await manager.GetFromJsonAsync<JsonElement>("/api/demand")).GetProperty("slots");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stored.GetArrayLength());
        Assert.Equal("Monday", stored[0].GetProperty("day").GetString());
        Assert.Equal("09:30", stored[0].GetProperty("start").GetString());
        Assert.Equal(4, stored[1].GetProperty("requiredListeners").GetInt32());
    }
}
