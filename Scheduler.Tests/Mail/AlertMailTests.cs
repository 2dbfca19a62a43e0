using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Api.Startup;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Mail;

/// <summary>E-mail on: a new quality alert about today or yesterday reaches the quality leads and the managers, once.</summary>
public sealed class AlertMailTests(MailApiFactory factory) : IClassFixture<MailApiFactory>
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public async Task NewAlertOfToday_GoesToTheQualityLeadAndTheManagerOnce()
    {
        var alert = Alert("test-alert-today", Today);

        var first = await RaiseAsync(alert);
        var again = await RaiseAsync(alert);

        Assert.Equal((true, false), (first, again));
        var toQuality = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.QualityLeadEmail), m => m.Kind == MailKind.QualityAlert && m.Body.Contains("test-alert-today", StringComparison.Ordinal));
        Assert.Equal("Alerte qualité : Niveau de service sous l'objectif (25/11/2026) / Quality alert: Service level below target (25/11/2026)", toQuality.Subject);
        Assert.Contains("Niveau à 71 % (test-alert-today)", toQuality.Body, StringComparison.Ordinal);
        Assert.Contains("Level at 71% (test-alert-today)", toQuality.Body, StringComparison.Ordinal);
        Assert.Contains(MailApiFactory.PublicUrl + "/qualite#alertes", toQuality.Body, StringComparison.Ordinal);
        Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ManagerEmail), m => m.Kind == MailKind.QualityAlert && m.Body.Contains("test-alert-today", StringComparison.Ordinal));
        Assert.DoesNotContain(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Kind == MailKind.QualityAlert);
    }

    [Fact]
    public async Task NewAlertOfLastWeek_IsStoredButNotMailed()
    {
        var raised = await RaiseAsync(Alert("test-alert-old", Today.PlusDays(-7)));

        Assert.True(raised);
        Assert.True(await factory.InDatabaseAsync(db => db.Alerts.AnyAsync(a => a.Key == "test-alert-old")));
        Assert.False(await factory.InDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == MailKind.QualityAlert && m.Body.Contains("test-alert-old"))));
    }

    [Fact]
    public async Task TrainingExpiringAlert_RemindsTheListenerOnce_WithTheirLastValidDay()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == me).ExecuteUpdateAsync(s => s.SetProperty(x => x.QualifiedUntil, new LocalDate(2026, 12, 10))));
        var alert = new QualityAlert(
            $"{AlertKinds.TrainingExpiring}:{me}:2026-12-10", AlertKinds.TrainingExpiring, ApiFactory.Now, Today, new AlertText("Formation bientôt expirée", "Training expiring"), StaffId: me.ToString());

        var first = await RaiseAsync(alert);
        var again = await RaiseAsync(alert);

        Assert.Equal((true, false), (first, again));
        var reminder = Assert.Single(await factory.OutboxToAsync(PlatformSeeder.ListenerEmail), m => m.Kind == MailKind.TrainingReminder);
        Assert.Equal("Votre formation expire le 10/12/2026 / Your training expires on 10/12/2026", reminder.Subject);
        Assert.Contains("Votre formation d'écoutant·e est valable jusqu'au jeudi 10/12/2026.", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("Your listener training is valid until Thursday 10/12/2026.", reminder.Body, StringComparison.Ordinal);
        Assert.Contains(MailApiFactory.PublicUrl + "/mes-horaires#formation", reminder.Body, StringComparison.Ordinal);
        // The quality leads hear of it as of any alert.
        Assert.Single(await factory.OutboxToAsync(PlatformSeeder.QualityLeadEmail), m => m.Kind == MailKind.QualityAlert && m.Subject.Contains("Formation bientôt expirée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherAlertsAboutAListener_RemindNobody()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var untrained = new QualityAlert(
            $"{AlertKinds.RotaUntrainedListener}:{me}:2026-11-26", AlertKinds.RotaUntrainedListener, ApiFactory.Now, Today, new AlertText("Non formé", "Untrained"), StaffId: me.ToString());

        var before = (await factory.OutboxToAsync(PlatformSeeder.ListenerEmail)).Count;

        Assert.True(await RaiseAsync(untrained));
        Assert.Equal(before, (await factory.OutboxToAsync(PlatformSeeder.ListenerEmail)).Count);
    }

    private static QualityAlert Alert(string key, LocalDate date) => new(
        key, AlertKinds.ServiceLevel, ApiFactory.Now, date, new AlertText($"Niveau à 71 % ({key})", $"Level at 71% ({key})"));

    private Task<bool> RaiseAsync(QualityAlert alert) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IAlertSink>().RaiseAsync(alert, CancellationToken.None));
}
