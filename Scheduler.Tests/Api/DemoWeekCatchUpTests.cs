using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Startup;
using Scheduler.Solver.Domain;
using static Scheduler.Tests.Api.RotaApi;

namespace Scheduler.Tests.Api;

/// <summary>
/// Once the first start publishes the current week over the demo history, the days of that week before today get their
/// calls too (the factory's clock: Wednesday 25 November 2026), answered by the listeners the week planned.
/// </summary>
[Collection(Solving.Name)]
public sealed class DemoWeekCatchUpTests(DemoHistoryFactory factory) : IClassFixture<DemoHistoryFactory>
{
    private static readonly LocalDate Monday = new(2026, 11, 23);

    [Fact]
    public async Task CatchUp_CurrentWeekPublished_CallsUntilYesterdayComputedOnce()
    {
        var listeners = await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Role == StaffRole.Listener).OrderBy(s => s.Name).Select(s => s.Id).Take(3).ToListAsync());
        var shifts = listeners.SelectMany(id => new[] { "2026-11-23", "2026-11-24" }.Select(day => Shift(id, day, "09:00", "19:00", "13:00", "13:45"))).ToArray();
        (await PublishAsync(factory, RotaId(await ImportAsync(factory, "2026-11-23", shifts)))).EnsureSuccessStatusCode().Dispose();

        await CatchUpAsync();
        var (calls, answeredByThem, beforeToday, computed) = await CountsAsync(listeners);
        await CatchUpAsync();
        var again = await CountsAsync(listeners);

        // About 180 calls a weekday in the default profile: two days.
        Assert.InRange(calls, 250, 480);
        Assert.Equal(calls, beforeToday);
        Assert.InRange(answeredByThem, 1, calls);
        Assert.Equal(calls, computed);
        Assert.Equal((calls, answeredByThem, beforeToday, computed), again);
    }

    private async Task CatchUpAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoHistorySeeder>().CatchUpAsync(Monday, CancellationToken.None);
    }

    /// <summary>Calls offered from Monday, those answered by the week's listeners, those before today, and the offered calls the half-hours hold.</summary>
    private Task<(int, int, int, int)> CountsAsync(List<Guid> listeners) => factory.InDatabaseAsync(async db =>
    {
        var from = Monday.AtStartOfDayInZone(RotaProblem.TimeZone).ToInstant();
        var today = Monday.PlusDays(2).AtStartOfDayInZone(RotaProblem.TimeZone).ToInstant();
        var ids = listeners.Select(l => l.ToString()).ToList();
        return (
            await db.CallRecords.CountAsync(c => c.OfferedAt >= from),
            await db.CallRecords.CountAsync(c => c.OfferedAt >= from && c.ListenerId != null && ids.Contains(c.ListenerId)),
            await db.CallRecords.CountAsync(c => c.OfferedAt >= from && c.OfferedAt < today),
            await db.SlaIntervals.Where(i => i.Channel == QualityCounts.AllChannels && i.Start >= from).SumAsync(i => i.Offered));
    });
}
