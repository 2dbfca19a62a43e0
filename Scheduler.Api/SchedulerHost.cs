using NodaTime;

namespace Scheduler.Api;

/// <summary>Composition root of the web service: every service and endpoint is wired here, explicitly.</summary>
public static class SchedulerHost
{
    /// <summary>Command-line switches that map onto configuration keys.</summary>
    private static readonly Dictionary<string, string> SwitchMappings = new()
    {
        ["--data"] = "Scheduler:DataDirectory",
    };

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, SwitchMappings);

        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/health");
        return app;
    }
}
