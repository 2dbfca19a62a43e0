using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Jobs;
using Scheduler.Api.Startup;
using Scheduler.Solver.Quality;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Mail;

/// <summary>
/// E-mail on: last week's service-level report reaches the quality leads and the managers once, with its figures. Five
/// calls of Monday 16 November 2026 (today is Wednesday 25): A phone waits 30 s, B phone 90 s, C phone hangs up after
/// 3 s (a short abandon, excluded), D phone hangs up after 100 s, E chat waits 10 s.
/// </summary>
public sealed class WeeklyReportMailTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    private const string Csv = "call_id,channel,offered_at,answered_at,ended_at,listener_id\n"
        + "W-A,phone,2026-11-16T09:00:00Z,2026-11-16T09:00:30Z,2026-11-16T09:10:30Z,L1\n"
        + "W-B,phone,2026-11-16T09:05:00Z,2026-11-16T09:06:30Z,2026-11-16T09:11:30Z,L2\n"
        + "W-C,phone,2026-11-16T09:10:00Z,,2026-11-16T09:10:03Z,\n"
        + "W-D,phone,2026-11-16T09:40:00Z,,2026-11-16T09:41:40Z,\n"
        + "W-E,chat,2026-11-16T09:15:00Z,2026-11-16T09:15:10Z,2026-11-16T09:18:30Z,L3\n";

    [Fact]
    public async Task WeeklyReportJob_LastWeeksCalls_ReachTheQualityLeadAndTheManagerOnce()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        using var imported = await client.PostAsync("/api/calls/import", new StringContent(Csv, Encoding.UTF8, "text/csv"));
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());

        await RunWeeklyReportAsync();
        await RunWeeklyReportAsync();

        var toQuality = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.QualityLeadEmail), m => m.Kind == MailKind.WeeklyReport);
        Assert.Equal("Rapport qualité de la semaine du 16/11/2026 / Quality report for the week of 16/11/2026", toQuality.Subject);
        string[] lines =
        [
            "Le niveau de service du lundi 16/11/2026 au dimanche 22/11/2026 :",
            "- tous canaux : 5 appel(s), 50 % décrochés dans le délai cible, 25 % abandonnés",
            "- téléphone : 4 appel(s), 33 % décrochés dans le délai cible, 33 % abandonnés",
            "- tchat : 1 appel(s), 100 % décrochés dans le délai cible, 0 % abandonnés",
            "- all channels: 5 call(s), 50 % answered within target, 25 % abandoned",
            MailApiFactory.PublicUrl + "/qualite",
        ];
        Assert.All(lines, line => Assert.Contains(line, toQuality.Body, StringComparison.Ordinal));
        Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.WeeklyReport);
        Assert.DoesNotContain(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Kind == MailKind.WeeklyReport);
    }

    [Fact]
    public async Task WeeklyReport_OldWeekOrNoCall_IsNotSent()
    {
        var calls = new ServiceLevelCounts(3, 3, 3, 0, 0, 0, 30, 900, 0, 0);
        var old = new LocalDate(2026, 10, 26);
        var quiet = new LocalDate(2026, 11, 9);

        var queuedOld = await QueueAsync(old, new PeriodStatistics(PeriodKind.Week, old, null, calls));
        var queuedQuiet = await QueueAsync(quiet, new PeriodStatistics(PeriodKind.Week, quiet, null, ServiceLevelCounts.Zero));

        Assert.Equal((0, 0), (queuedOld, queuedQuiet));
        Assert.False(await factory.InDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.Subject.Contains("26/10/2026") || m.Subject.Contains("09/11/2026"))));
    }

    [Fact]
    public async Task WeeklyReport_WeekUnderAPublishedRota_SaysWhatTheRotaPredicted()
    {
        // The week of 23 November (this week: its report would go out next Monday) under a published rota, and callers
        // whose patience the calls tell (20 hung up after 75 s on the 24th).
        var staffId = await RotaApi.MyStaffIdAsync(factory);
        var rota = RotaApi.RotaId(await RotaApi.ImportAsync(factory, "2026-11-23", RotaApi.Shift(staffId, "2026-11-24", "09:00", "15:00", "12:00", "12:45")));
        using (var published = await RotaApi.PublishAsync(factory, rota))
        {
            Assert.True(published.IsSuccessStatusCode);
        }

        await CallImports.GaveUpAsync(factory, 20, 75, "weekly");
        var monday = new LocalDate(2026, 11, 23);

        var queued = await QueueAsync(monday, new PeriodStatistics(PeriodKind.Week, monday, null, new ServiceLevelCounts(20, 0, 0, 20, 0, 0, 0, 0, 0, 0)));

        Assert.Equal(2, queued);
        var body = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.QualityLeadEmail), m => m.Subject.Contains("23/11/2026", StringComparison.Ordinal)).Body;
        Assert.Matches(@"\nPrévu par le planning publié \(téléphone\) : \d+ % décrochés dans le délai cible, \d+ % abandonnés\.\n", body);
        Assert.Matches(@"\nPredicted by the published rota \(phone\): \d+ % answered within target, \d+ % abandoned\.\n", body);
    }

    private Task<IReadOnlyList<PeriodStatistics>> RunWeeklyReportAsync() =>
        factory.InScopeAsync(sp => sp.GetRequiredService<SlaReportRunner>().RunAsync(PeriodKind.Week, CancellationToken.None));

    private Task<int> QueueAsync(LocalDate monday, PeriodStatistics row) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Scheduler.Api.Data.SchedulerDbContext>();
            var queued = await sp.GetRequiredService<WeeklyReportMail>().QueueAsync(monday, [row], CancellationToken.None);
            await db.SaveChangesAsync();
            return queued;
        });
}
