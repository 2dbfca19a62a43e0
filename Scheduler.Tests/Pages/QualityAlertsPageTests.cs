using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>The quality page's alerts: the open ones listed newest first in words, acknowledged from the page, then listed apart.</summary>
public sealed class QualityAlertsPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task OpenAlert_ListedInWordsThenAcknowledged_MovesToTheAcknowledgedList()
    {
        var older = await RaiseAsync(AlertKinds.ServiceLevel, new LocalDate(2026, 11, 23), "Niveau de service 71 % le 23/11 (objectif 80 %).", hoursAgo: 30);
        _ = await RaiseAsync(AlertKinds.Understaffed, new LocalDate(2026, 11, 24), "2 écoutant·e·s présent·e·s sur 4 prévu·e·s à 14:30.", hoursAgo: 2);
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/qualite"));

        var open = Section(html, "id=\"open-alerts\"");
        Assert.Contains("Alertes à traiter (2)", html, StringComparison.Ordinal);
        Assert.True(open.IndexOf("Moins d'écoutant·e·s que prévu", StringComparison.Ordinal) < open.IndexOf("Niveau de service sous l'objectif", StringComparison.Ordinal), "newest first");
        Assert.Contains("2 écoutant·e·s présent·e·s sur 4 prévu·e·s à 14:30.", open, StringComparison.Ordinal);
        Assert.Contains("lundi 23/11/2026", open, StringComparison.Ordinal);

        using var acknowledged = await PageForms.PostAsync(client, "/qualite", new() { ["alertId"] = older.ToString() }, "/qualite?handler=Acknowledge&periode=Last7Days");

        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(acknowledged.Headers.Location!.OriginalString));
        Assert.Contains("Alerte acquittée.", after, StringComparison.Ordinal);
        Assert.Contains("Alertes à traiter (1)", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Niveau de service sous l'objectif", Section(after, "id=\"open-alerts\""), StringComparison.Ordinal);
        Assert.Contains("Niveau de service sous l'objectif", Section(after, "id=\"acknowledged-alerts\""), StringComparison.Ordinal);
        Assert.Contains("quality@3133.example, 25/11/2026 10:00", Section(after, "id=\"acknowledged-alerts\""), StringComparison.Ordinal);
        using var manager = await factory.CookieClientAsync(Roles.Manager);
        Assert.Contains("1 alerte qualité à traiter", WebUtility.HtmlDecode(await manager.GetStringAsync("/gestion")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAlert_OnTheEnglishPage_ReadsInEnglishAndAnOlderAlertWithoutEnglishInFrench()
    {
        _ = await RaiseAsync(AlertKinds.Abandonment, new LocalDate(2026, 11, 20), "Taux d'abandon (téléphone) du 20/11/2026 : 14 % pour un maximum de 10 %.", hoursAgo: 3,
            english: "Abandonment rate (phone) on 20/11/2026: 14 % against a maximum of 10 %.");
        _ = await RaiseAsync(AlertKinds.TrainingExpiring, new LocalDate(2026, 11, 19), "La qualification de Camille Martin expire le 30/11/2026.", hoursAgo: 4);
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        var open = Section(WebUtility.HtmlDecode(await client.GetStringAsync("/qualite?culture=en-GB")), "id=\"open-alerts\"");

        Assert.Contains("Abandonment rate (phone) on 20/11/2026: 14 % against a maximum of 10 %.", open, StringComparison.Ordinal);
        Assert.DoesNotContain("Taux d'abandon", open, StringComparison.Ordinal);
        Assert.Contains("La qualification de Camille Martin expire le 30/11/2026.", open, StringComparison.Ordinal);
    }

    private async Task<Guid> RaiseAsync(string kind, LocalDate date, string details, int hoursAgo, string? english = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var alert = new AlertEntity
        {
            Id = Guid.NewGuid(),
            Key = $"{kind}:{date:yyyy-MM-dd}:test",
            Kind = kind,
            RaisedAt = ApiFactory.Now - Duration.FromHours(hoursAgo),
            Date = date,
            Details = details,
            DetailsEnglish = english,
        };
        db.Alerts.Add(alert);
        await db.SaveChangesAsync();
        return alert.Id;
    }

    /// <summary>The table that starts at <paramref name="marker"/>, up to its end.</summary>
    private static string Section(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{marker} is not on the page");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
