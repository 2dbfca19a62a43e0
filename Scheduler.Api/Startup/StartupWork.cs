using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;

namespace Scheduler.Api.Startup;

/// <summary>
/// Runs before the server takes requests: prints where the data lives, applies migrations (unless
/// <c>Database:MigrateOnStart</c> is false), seeds the platform once, then marks the service ready for /health.
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
        readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
