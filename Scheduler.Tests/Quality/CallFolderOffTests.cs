using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Scheduler.Api.Auth;
using Scheduler.Api.Jobs;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Quality;

/// <summary>No import folder (the default): no folder job, and the import page speaks of uploads only.</summary>
public sealed class CallFolderOffTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task NoFolder_NoJobAndNoFolderSection()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        var html = await client.GetStringAsync("/qualite/import");

        Assert.Null(await scheduler.GetJobDetail(CallFolderJob.Key));
        Assert.Contains("Importer des appels", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("import-automatique", html, StringComparison.Ordinal);
    }
}
