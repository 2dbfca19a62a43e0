using Scheduler.Api;
using Scheduler.Api.Cli;

// One executable, two faces: with no verb (or `serve`) it is the web service; any other verb runs a job and exits.
if (CommandLineApp.IsServe(args))
{
    var app = SchedulerHost.Build(CommandLineApp.ServeArguments(args));
    await app.RunAsync();
    return 0;
}

return await CommandLineApp.RunAsync(args, Console.Out, Console.Error);

/// <summary>Entry point; public so WebApplicationFactory can find it.</summary>
public partial class Program;
