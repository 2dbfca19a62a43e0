using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Jobs;

/// <summary>The SLA job's catch-up against the real database (SQLite file) with the service's fake clock.</summary>
public sealed class SlaJobDatabaseTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Header = "call_id,channel,offered_at,answered_at,ended_at,listener_id\n";

    private Task<int> StoredOfferedAsync() =>
        factory.InDatabaseAsync(db => db.SlaIntervals.Where(i => i.Channel == QualityCounts.AllChannels).SumAsync(i => i.Offered));

    private Task<SlaRunResult> RunAsync() =>
        factory.InScopeAsync(sp => sp.GetRequiredService<SlaComplianceRunner>().RunAsync(CancellationToken.None));

    [Fact]
    public async Task RunAsync_CatchUpTwiceThenLateImport_CountsEveryCallExactlyOnce()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        // Three calls on three days of the week before the factory's "now" (Wednesday 25 November 2026, 10:00 Paris).
        var csv = Header
            + "job-1,phone,2026-11-18T09:00:00Z,2026-11-18T09:00:20Z,2026-11-18T09:10:00Z,L1\n"
            + "job-2,phone,2026-11-20T15:00:00Z,,2026-11-20T15:02:00Z,\n"
            + "job-3,chat,2026-11-24T10:00:00Z,2026-11-24T10:00:05Z,2026-11-24T10:05:00Z,L2\n";
        using var _ = await client.PostAsync("/api/calls/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var first = await RunAsync();
        var second = await RunAsync();

        // The import set the watermark to the first call's half-hour, so the first run caught up from there.
        Assert.Equal(Instant.FromUtc(2026, 11, 18, 9, 0), first.From);
        Assert.Equal(Instant.FromUtc(2026, 11, 25, 9, 0), first.To);
        Assert.Equal(0, second.HalfHoursComputed);
        Assert.Equal(3, await StoredOfferedAsync());

        // Two days later a late record for an already computed day arrives: recomputed, still counted once.
        factory.Clock.AdvanceDays(2);
        using var late = await client.PostAsync("/api/calls/import",
            new StringContent(Header + "job-4,phone,2026-11-19T08:00:00Z,2026-11-19T08:00:10Z,2026-11-19T08:10:00Z,L1\n", Encoding.UTF8, "text/csv"));
        var third = await RunAsync();
        var fourth = await RunAsync();

        Assert.Equal(Instant.FromUtc(2026, 11, 19, 8, 0), third.From);
        Assert.Equal(0, fourth.HalfHoursComputed);
        Assert.Equal(4, await StoredOfferedAsync());
        var phone = await factory.InDatabaseAsync(db => db.SlaIntervals.Where(i => i.Channel == "phone").SumAsync(i => i.Offered));
        Assert.Equal(3, phone);
        var watermark = await factory.InDatabaseAsync(db => db.JobWatermarks.SingleAsync(w => w.Job == SlaComplianceRunner.WatermarkName));
        Assert.Equal(Instant.FromUtc(2026, 11, 27, 9, 0), watermark.ProcessedUntil);
    }
}
