using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

public sealed class RotaProblemFactoryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task BuildAsync_SeededPlatformWithPublishedWeeks_MapsStaffOpeningHistoryAndReference()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var lastWeek = await RotaApi.ImportAsync(factory, "2026-11-23", RotaApi.Shift(me, "2026-11-24", "09:00", "17:00"));
        var thisWeek = await RotaApi.ImportAsync(factory, "2026-11-30", RotaApi.Shift(me, "2026-12-01", "12:00", "20:00"));
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(lastWeek))).Dispose();
        (await RotaApi.PublishAsync(factory, RotaApi.RotaId(thisWeek))).Dispose();
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var absence = await manager.PostAsJsonAsync($"/api/staff/{me}/absences", new { from = "2026-12-03", to = "2026-12-04", kind = "Sickness" });
        Assert.Equal(HttpStatusCode.Created, absence.StatusCode);
        using var scope = factory.Services.CreateScope();

        var problem = await scope.ServiceProvider.GetRequiredService<RotaProblemFactory>().BuildAsync(new LocalDate(2026, 11, 30), 1, CancellationToken.None);

        Assert.Equal(24, problem.Staff.Count);
        Assert.Equal(21, problem.Staff.Count(s => s.Role == StaffRole.Listener));
        // The week's opening and, for the fairness the 4 weeks before carry (their late shifts), theirs too.
        Assert.Equal(new LocalDate(2026, 11, 2), problem.FairnessFrom);
        Assert.Equal(Enumerable.Range(0, 35).Select(new LocalDate(2026, 11, 2).PlusDays), problem.Opening.Select(o => o.Date));
        Assert.All(problem.Opening, o => Assert.Equal(Duration.FromHours(11), o.Length));
        var person = problem.Staff.Single(s => s.Id == me.ToString());
        Assert.False(person.IsAvailableOn(new LocalDate(2026, 12, 3)));
        Assert.True(person.IsAvailableOn(new LocalDate(2026, 12, 2)));
        Assert.Equal(new LocalDate(2026, 11, 24), Assert.Single(problem.History).Date);
        Assert.Equal(new LocalTime(12, 0), Assert.Single(problem.Reference).Start);
    }
}
