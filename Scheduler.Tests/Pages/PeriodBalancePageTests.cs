using System.Net;
using System.Net.Http.Json;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;
using static Scheduler.Tests.Api.RotaApi;

namespace Scheduler.Tests.Pages;

/// <summary>A full-time listener sees, under a published week, where they stand over its reference period.</summary>
public sealed class PeriodBalancePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task MyShifts_FullTimerAfterAShortWeek_ShowsTheBalanceOfThePeriod()
    {
        // Full-time from 7 December (the period of 7 December to 3 January); 33 h in that week, published.
        var me = await MyStaffIdAsync(factory);
        using (var manager = await factory.ClientAsync(Roles.Manager))
        {
            using var contract = await manager.PostAsJsonAsync($"/api/staff/{me}/contracts", new { validFrom = "2026-12-07", weeklyHours = 35 });
            Assert.Equal(HttpStatusCode.OK, contract.StatusCode);
        }

        var shifts = Enumerable.Range(7, 4).Select(d => Shift(me, $"2026-12-{d:00}", "09:00", "17:00", "12:00", "12:45"))
            .Append(Shift(me, "2026-12-11", "09:00", "13:00")).ToArray();
        using (var published = await PublishAsync(factory, RotaId(await ImportAsync(factory, "2026-12-07", shifts))))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        using var client = await factory.CookieClientAsync(Roles.Listener);

        // Today is Wednesday 25 November: the week of 7 December is two weeks on, the one before is still part-time.
        var shown = WebUtility.HtmlDecode(await client.GetStringAsync("/mes-horaires?semaine=2"));
        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/mes-horaires?semaine=1"));

        Assert.Contains("Période de référence du 07/12/2026 au 03/01/2027 : sur vos semaines publiées jusqu'à celle-ci, vous êtes à −2 h 00 par rapport à votre contrat", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"period-balance\"", before, StringComparison.Ordinal);

        // Their manager sees the same on their page during that week.
        factory.Clock.Reset(Instant.FromUtc(2026, 12, 9, 9, 0));
        try
        {
            using var manager = await factory.CookieClientAsync(Roles.Manager);
            var person = WebUtility.HtmlDecode(await manager.GetStringAsync($"/gestion/equipe/{me}"));
            Assert.Contains("Période de référence du 07/12/2026 au 03/01/2027 : −2 h 00 par rapport au contrat sur ses semaines publiées", person, StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Reset(ApiFactory.Now);
        }
    }
}
