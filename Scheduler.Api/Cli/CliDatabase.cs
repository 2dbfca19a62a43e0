using Scheduler.Api.Data;

namespace Scheduler.Api.Cli;

/// <summary>
/// The database as the verbs that work on it (<c>migrate</c>, <c>import-calls</c>) open it: configuration read as the
/// service reads it (appsettings.json, environment variables, then <c>--data</c>), and a configuration mistake
/// (unknown provider, missing connection string, unusable data folder) reported as one line.
/// </summary>
public static class CliDatabase
{
    public static IConfiguration Configuration(string? dataDirectory)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables();
        if (dataDirectory is { Length: > 0 })
        {
            builder.AddInMemoryCollection([new("Scheduler:DataDirectory", dataDirectory)]);
        }

        return builder.Build();
    }

    public static SchedulerDbContext Open(IConfiguration configuration)
    {
        try
        {
            return DatabaseSetup.CreateContext(configuration);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new CommandLineException(e.Message);
        }
    }
}
