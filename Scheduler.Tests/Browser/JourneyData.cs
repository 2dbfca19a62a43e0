using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Startup;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Browser;

/// <summary>Arranges the journeys' data through the service's own classes (the import/draft service and the publisher).</summary>
public static class JourneyData
{
    public static async Task<Guid> ListenerAsync(PagesFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        return (await db.Users.FirstAsync(u => u.Email == PlatformSeeder.ListenerEmail)).StaffId!.Value;
    }

    /// <summary>The first active person of <paramref name="role"/> other than <paramref name="except"/>, by name.</summary>
    public static async Task<(Guid Id, string Name)> PersonAsync(PagesFactory factory, StaffRole role, Guid? except = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var person = await db.Staff.Where(s => s.Role == role && s.IsActive && s.Id != except).OrderBy(s => s.Name).FirstAsync();
        return (person.Id, person.Name);
    }

    public static Assignment Shift(Guid staffId, LocalDate date, int startHour, int endHour, int? breakHour = null) =>
        new(staffId.ToString(), date, new LocalTime(startHour, 0), new LocalTime(endHour, 0),
            breakHour is { } b ? new LocalTime(b, 0) : null, breakHour is { } c ? new LocalTime(c, 45) : null);

    public static async Task<Guid> DraftAsync(PagesFactory factory, LocalDate monday, params Assignment[] shifts)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var drafts = scope.ServiceProvider.GetRequiredService<RotaDrafts>();
        var (rota, errors) = await drafts.CreateAsync(new RotaDrafts.RotaDraft(monday, 1, "browser-test", "{}", shifts), CancellationToken.None);
        Assert.False(errors.Any, "the draft was refused");
        return rota!.Id;
    }

    public static async Task PublishAsync(PagesFactory factory, Guid rotaId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var publisher = scope.ServiceProvider.GetRequiredService<RotaPublisher>();
        await publisher.PublishAsync(rotaId, new PublishRequest(null, "browser test: a partial rota"), "test", CancellationToken.None);
    }

    public static async Task<T> ReadAsync<T>(PagesFactory factory, Func<SchedulerDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<SchedulerDbContext>());
    }
}
