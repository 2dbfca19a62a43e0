using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>A listener removes an unavailability they declared on their page; the managers' records (leave, sickness) are not theirs to remove.</summary>
public sealed class ListenerUnavailabilityPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task DeclaredUnavailability_RemovedFromThePage_IsGone()
    {
        using var api = await factory.ClientAsync(Roles.Listener);
        using var declared = await api.PostAsJsonAsync("/api/me/absences", new { from = "2027-01-11", to = "2027-01-12", note = "rendez-vous" });
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var id = (await Json.ReadAsync(declared)).GetProperty("id").GetGuid();
        using var page = await factory.CookieClientAsync(Roles.Listener);
        Assert.Contains($"name=\"absenceId\" value=\"{id}\"", await page.GetStringAsync("/mes-horaires"), StringComparison.Ordinal);

        using var removed = await PageForms.PostAsync(page, "/mes-horaires", new() { ["absenceId"] = id.ToString() }, "/mes-horaires?handler=RemoveUnavailable");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = WebUtility.HtmlDecode(await page.GetStringAsync(removed.Headers.Location!.OriginalString));
        Assert.Contains("Indisponibilité retirée.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("11/01/2027", after, StringComparison.Ordinal);
        Assert.False(await factory.InDatabaseAsync(db => db.Absences.AnyAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task LeaveAManagerRecorded_HasNoRemoveButton_AndPostingItsIdIs404()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var leave = Guid.NewGuid();
        await factory.InDatabaseAsync(db =>
        {
            db.Absences.Add(new AbsenceEntity { Id = leave, StaffId = me, From = new LocalDate(2027, 1, 18), To = new LocalDate(2027, 1, 22), Kind = AbsenceKind.Leave });
            return db.SaveChangesAsync();
        });
        using var page = await factory.CookieClientAsync(Roles.Listener);
        var html = WebUtility.HtmlDecode(await page.GetStringAsync("/mes-horaires"));

        using var refused = await PageForms.PostAsync(page, "/mes-horaires", new() { ["absenceId"] = leave.ToString() }, "/mes-horaires?handler=RemoveUnavailable");

        Assert.Contains("18/01/2027", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{leave}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.True(await factory.InDatabaseAsync(db => db.Absences.AnyAsync(a => a.Id == leave)));
    }
}
