using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

public sealed class RequestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TimeOff_ApprovedByManager_BecomesAnAbsenceOfTheListener()
    {
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var me = await RotaApi.MyStaffIdAsync(factory);

        using var asked = await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from = "2027-03-01", to = "2027-03-05", comment = "Vacances" });
        var id = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        using var approved = await manager.PostAsJsonAsync($"/api/requests/time-off/{id}/approve", new { answer = "OK" });
        using var twice = await manager.PostAsJsonAsync($"/api/requests/time-off/{id}/refuse", new { answer = "Non" });
        var absences = await manager.GetFromJsonAsync<JsonElement>($"/api/staff/{me}/absences");
        var mine = await listener.GetFromJsonAsync<JsonElement>("/api/me/requests");

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains(absences.EnumerateArray(), a => a.GetProperty("from").GetString() == "2027-03-01" && a.GetProperty("kind").GetString() == "Leave");
        Assert.Equal("Approved", mine.GetProperty("timeOff")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Swap_ApprovedByManager_ExchangesThePeopleOfTheTwoShifts()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2026-11-30",
            RotaApi.Shift(me, "2026-12-03", "09:00", "15:00"),
            RotaApi.Shift(other, "2026-12-04", "14:00", "20:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        var mineId = RotaApi.ShiftOf(rota, me);
        var theirsId = RotaApi.ShiftOf(rota, other);
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var asked = await listener.PostAsJsonAsync("/api/me/requests/swaps", new { assignmentId = mineId, otherAssignmentId = theirsId });
        var id = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        // The two-shift rota breaks the cover rules by design, so the approval states why it goes through anyway.
        using var approved = await manager.PostAsJsonAsync($"/api/requests/swaps/{id}/approve", new { overrideReason = RotaApi.HandMadeRota });
        var shifts = await listener.GetFromJsonAsync<JsonElement>("/api/me/shifts?from=2026-11-30&to=2026-12-06");

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(theirsId, Assert.Single(shifts.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Swap_OfLikeShifts_InARotaThatBreaksRulesAlready_IsApprovedWithoutAReason()
    {
        // The two-shift rota leaves the line uncovered and both people short of their hours; two 6-hour shifts exchanged
        // change none of that, so the approval is not the manager's to justify.
        var (id, _, _) = await AskSwapAsync("2027-02-01", ("2027-02-02", "09:00", "15:00"), ("2027-02-03", "14:00", "20:00"));
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var approved = await manager.PostAsJsonAsync($"/api/requests/swaps/{id}/approve", new { answer = "OK" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    [Fact]
    public async Task Swap_ThatBreaksRulesTheRotaKept_AsksAReasonForThoseOnly_AndSavesNothingWithout()
    {
        // A 4-hour shift for a 6-hour one: both people's weekly hours change, which the rota's other rules do not see.
        var (id, me, other) = await AskSwapAsync("2027-02-08", ("2027-02-09", "09:00", "13:00"), ("2027-02-10", "14:00", "20:00"));
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var listener = await factory.ClientAsync(Roles.Listener);

        using var refused = await manager.PostAsJsonAsync($"/api/requests/swaps/{id}/approve", new { answer = "OK" });
        var problem = await Json.ReadAsync(refused);
        var mine = await listener.GetFromJsonAsync<JsonElement>("/api/me/shifts?from=2027-02-08&to=2027-02-14");

        await Json.AssertProblemNamesAsync(refused, HttpStatusCode.BadRequest, "overrideReason");
        var violations = problem.GetProperty("violations").EnumerateArray().ToList();
        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Contains(v.GetProperty("staffId").GetGuid(), new[] { me, other }));
        Assert.Equal("09:00", Assert.Single(mine.EnumerateArray()).GetProperty("start").GetString());
    }

    /// <summary>Publishes a rota of two shifts (the listener's, then a colleague's) and asks to swap them; answers the request's id and the two people.</summary>
    private async Task<(Guid Id, Guid Me, Guid Other)> AskSwapAsync(string monday, (string Date, string Start, string End) mine, (string Date, string Start, string End) theirs)
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, monday, RotaApi.Shift(me, mine.Date, mine.Start, mine.End), RotaApi.Shift(other, theirs.Date, theirs.Start, theirs.End));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/swaps", new { assignmentId = RotaApi.ShiftOf(rota, me), otherAssignmentId = RotaApi.ShiftOf(rota, other) });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        return ((await Json.ReadAsync(asked)).GetProperty("id").GetGuid(), me, other);
    }

    [Fact]
    public async Task Swap_SomeoneElsesShiftAsMine_Answers400NamingAssignmentId()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2027-04-05", RotaApi.Shift(other, "2027-04-05", "09:00", "15:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);

        using var response = await listener.PostAsJsonAsync("/api/me/requests/swaps", new { assignmentId = RotaApi.ShiftOf(rota, other), otherAssignmentId = RotaApi.ShiftOf(rota, other) });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "assignmentId");
    }

    [Fact]
    public async Task Availability_ListenerDeclaresUnavailability_ButCannotGrantThemselvesLeave()
    {
        using var listener = await factory.ClientAsync(Roles.Listener);

        using var unavailable = await listener.PostAsJsonAsync("/api/me/absences", new { from = "2027-05-10", to = "2027-05-10" });
        using var leave = await listener.PostAsJsonAsync("/api/me/absences", new { from = "2027-05-11", to = "2027-05-20", kind = "Leave" });
        var mine = await listener.GetFromJsonAsync<JsonElement>("/api/me/absences");

        Assert.Equal(HttpStatusCode.Created, unavailable.StatusCode);
        await Json.AssertProblemNamesAsync(leave, HttpStatusCode.BadRequest, "kind");
        Assert.Contains(mine.EnumerateArray(), a => a.GetProperty("from").GetString() == "2027-05-10" && a.GetProperty("kind").GetString() == "Unavailable");
    }

    [Fact]
    public async Task Preferences_ListenerReplacesOwnList_ReadsItBack()
    {
        using var listener = await factory.ClientAsync(Roles.Listener);

        using var put = await listener.PutAsJsonAsync("/api/me/preferences", new object[]
        {
            new { kind = "AvoidDay", day = "Sunday", weight = 4 },
            new { kind = "PreferEarly" },
        });
        var read = await listener.GetFromJsonAsync<JsonElement>("/api/me/preferences");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, read.GetArrayLength());
        Assert.Contains(read.EnumerateArray(), p => p.GetProperty("kind").GetString() == "AvoidDay" && p.GetProperty("day").GetString() == "Sunday" && p.GetProperty("weight").GetInt32() == 4);
    }
}
