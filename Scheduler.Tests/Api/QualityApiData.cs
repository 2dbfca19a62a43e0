using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

/// <summary>Helpers shared by the quality API tests: a scope on the service's database and a published rota.</summary>
internal static class QualityApiData
{
    public static async Task<T> InDatabaseAsync<T>(this ApiFactory factory, Func<SchedulerDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SchedulerDbContext>());
    }

    public static async Task<T> InScopeAsync<T>(this ApiFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The first <paramref name="count"/> seeded listeners by name.</summary>
    public static Task<List<Guid>> ListenersAsync(this ApiFactory factory, int count) =>
        factory.InDatabaseAsync(db => db.Staff.Where(s => s.Role == StaffRole.Listener).OrderBy(s => s.Name).Select(s => s.Id).Take(count).ToListAsync());

    /// <summary>Publishes a one-day rota with each listener working <paramref name="start"/>–<paramref name="end"/>.</summary>
    public static Task PublishDayAsync(this ApiFactory factory, LocalDate date, IEnumerable<Guid> listeners, LocalTime start, LocalTime end) =>
        factory.InDatabaseAsync(async db =>
        {
            var rota = new RotaEntity
            {
                Id = Guid.NewGuid(), PeriodStart = date, PeriodEnd = date, Status = RotaStatus.Published, Source = "test",
                CreatedAt = Instant.FromUtc(2026, 1, 1, 0, 0), PublishedAt = Instant.FromUtc(2026, 1, 1, 0, 0),
            };
            rota.Assignments = [.. listeners.Select(id => new AssignmentEntity { Id = Guid.NewGuid(), RotaId = rota.Id, StaffId = id, Date = date, Start = start, End = end })];
            db.Rotas.Add(rota);
            return await db.SaveChangesAsync();
        });
}
