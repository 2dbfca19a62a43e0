using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;

namespace Scheduler.Api.Startup;

/// <summary>
/// Runs before the server takes requests: prints where the data lives, applies migrations (unless
/// <c>Database:MigrateOnStart</c> is false), seeds the platform once, then lets <see cref="FirstRotaSeeder"/> plan the
/// first rotas in the background (or marks the service ready for /health when that seed is off).
/// </summary>
public sealed class StartupWork(IServiceScopeFactory scopes, StartupReadiness readiness, StartupConsole console, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        console.WriteLine($"data folder: {DatabaseSetup.DataDirectory(configuration)}");
        console.WriteLine($"database: {DatabaseSetup.Describe(configuration)}");

        await using var scope = scopes.CreateAsyncScope();
        if (configuration.GetValue("Database:MigrateOnStart", true))
        {
            await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().Database.MigrateAsync(cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<PlatformSeeder>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DemoHistorySeeder>().SeedAsync(cancellationToken);
        // With the rota seed on, FirstRotaSeeder marks the service ready once the first rotas are stored.
        readiness.DataReady.Release();
        if (!FirstRotaSeeder.Enabled(configuration))
        {
            readiness.MarkReady();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
