namespace Scheduler.Api.Startup;

public static class StartupSetup
{
    public static IServiceCollection AddSchedulerStartup(this IServiceCollection services)
    {
        services.AddSingleton(new StartupConsole(Console.Out));
        services.AddSingleton<StartupReadiness>();
        services.AddScoped<PlatformSeeder>();
        services.AddHostedService<StartupWork>();
        services.AddHostedService<FirstRotaSeeder>();
        services.AddHealthChecks()
            .AddCheck<StartupReadinessHealthCheck>("startup")
            .AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
