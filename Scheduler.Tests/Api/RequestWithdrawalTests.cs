using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Api;

/// <summary>A listener takes back a request while it waits (<c>POST /api/me/requests/…/{id}/withdraw</c>, "Retirer" on their page).</summary>
public sealed class RequestWithdrawalTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TimeOff_WithdrawnWhilePending_LeavesTheManagersListAndCanNoLongerBeAnsweredOrWithdrawnAgain()
    {
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var id = await AskTimeOffAsync(listener, "2027-02-01");

        using var withdrawn = await listener.PostAsync($"/api/me/requests/time-off/{id}/withdraw", null);
        using var again = await listener.PostAsync($"/api/me/requests/time-off/{id}/withdraw", null);
        using var approved = await manager.PostAsJsonAsync($"/api/requests/time-off/{id}/approve", new { });
        var pending = await manager.GetFromJsonAsync<JsonElement>("/api/requests?status=Pending");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("Withdrawn", (await Json.ReadAsync(withdrawn)).GetProperty("status").GetString());
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (again.StatusCode, approved.StatusCode));
        Assert.DoesNotContain(pending.GetProperty("timeOff").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.False(await factory.InDatabaseAsync(db => db.Absences.AnyAsync(a => a.From == new LocalDate(2027, 2, 1))));
    }

    [Fact]
    public async Task TimeOff_Answered_CannotBeWithdrawn()
    {
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var id = await AskTimeOffAsync(listener, "2027-02-08");
        (await manager.PostAsJsonAsync($"/api/requests/time-off/{id}/refuse", new { answer = "Non" })).Dispose();

        using var withdrawn = await listener.PostAsync($"/api/me/requests/time-off/{id}/withdraw", null);

        Assert.Equal(HttpStatusCode.Conflict, withdrawn.StatusCode);
        Assert.Equal(RequestStatus.Refused, await factory.InDatabaseAsync(db => db.TimeOffRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task SomeoneElsesRequest_Is404AndStaysPending()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var theirs = Guid.NewGuid();
        await factory.InDatabaseAsync(db =>
        {
            db.TimeOffRequests.Add(new TimeOffRequestEntity { Id = theirs, StaffId = other, From = new LocalDate(2027, 3, 1), To = new LocalDate(2027, 3, 2), CreatedAt = ApiFactory.Now });
            return db.SaveChangesAsync();
        });
        using var listener = await factory.ClientAsync(Roles.Listener);

        using var timeOff = await listener.PostAsync($"/api/me/requests/time-off/{theirs}/withdraw", null);
        using var swap = await listener.PostAsync($"/api/me/requests/swaps/{theirs}/withdraw", null);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (timeOff.StatusCode, swap.StatusCode));
        Assert.Equal(RequestStatus.Pending, await factory.InDatabaseAsync(db => db.TimeOffRequests.Where(r => r.Id == theirs).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Swap_WithdrawnFromThePage_ShowsRetiree()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2026-12-07", RotaApi.Shift(me, "2026-12-10", "09:00", "15:00"), RotaApi.Shift(other, "2026-12-11", "14:00", "20:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota))).Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/swaps", new { assignmentId = RotaApi.ShiftOf(rota, me), otherAssignmentId = RotaApi.ShiftOf(rota, other) });
        var id = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        using var page = await factory.CookieClientAsync(Roles.Listener);
        Assert.Contains($"name=\"id\" value=\"{id}\"", await page.GetStringAsync("/mes-horaires"), StringComparison.Ordinal);

        using var withdrawn = await PageForms.PostAsync(page, "/mes-horaires", new() { ["kind"] = "swap", ["id"] = id.ToString() }, "/mes-horaires?handler=Withdraw");
        var after = WebUtility.HtmlDecode(await page.GetStringAsync(withdrawn.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("Demande retirée.", after, StringComparison.Ordinal);
        Assert.Contains("request-withdrawn\">Retirée</span>", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"id\" value=\"{id}\"", after, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Withdrawn, await factory.InDatabaseAsync(db => db.SwapRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    private static async Task<Guid> AskTimeOffAsync(HttpClient listener, string from)
    {
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/time-off", new { from, to = from });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        return (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
    }
}
