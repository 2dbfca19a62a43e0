using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The quality page's training table: the date a qualification runs to, or that it does not expire.</summary>
public sealed class TrainingCompliancePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task QualifiedUntil_TrainedWithoutDate_SaysItDoesNotExpire_DatedShowsTheDate_UntrainedNothing()
    {
        var ids = await factory.ListenersAsync(3);
        var names = await factory.InDatabaseAsync(async db =>
        {
            var staff = await db.Staff.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
            (staff[ids[0]].IsTrained, staff[ids[0]].QualifiedUntil) = (true, null);
            (staff[ids[1]].IsTrained, staff[ids[1]].QualifiedUntil) = (true, new LocalDate(2027, 5, 19));
            (staff[ids[2]].IsTrained, staff[ids[2]].QualifiedUntil) = (false, null);
            await db.SaveChangesAsync();
            return ids.Select(id => staff[id].Name).ToList();
        });
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/qualite"));

        string Until(string name) => Regex.Match(html, $"<th scope=\"row\">{Regex.Escape(name)}</th><td>[^<]*</td><td>([^<]*)</td>").Groups[1].Value;
        Assert.Equal("sans expiration", Until(names[0]));
        Assert.Equal("19/05/2027", Until(names[1]));
        Assert.Equal("", Until(names[2]));
    }
}
