using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Time;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>import-calls FILE [--data DIR]</c>: the same import as <c>POST /api/calls/import</c>, against the configured
/// database (migrated first, unless Database:MigrateOnStart is false). Prints the result as JSON; exit code 1 when the
/// file is refused as a whole, 0 otherwise (rejected rows are in the result).
/// </summary>
public static class ImportCallsCommand
{
    public static Command Create(TextWriter output)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV file of call records (header call_id,channel,offered_at,answered_at,ended_at,listener_id)." };
        var data = new Option<string?>("--data") { Description = "Data folder of the SQLite database (Scheduler:DataDirectory)." };
        var command = new Command("import-calls", "Import call records from a CSV file into the database.") { file, data };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CommandLineException($"{path.FullName}: no such file.");
            }

            var configuration = Configuration(parse.GetValue(data));
            SchedulerDbContext db;
            try
            {
                db = DatabaseSetup.CreateContext(configuration);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                throw new CommandLineException(e.Message);
            }

            await using var _ = db;
            if (configuration.GetValue("Database:MigrateOnStart", true))
            {
                await db.Database.MigrateAsync(ct);
            }

            var json = new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
            ApiJson.Configure(json);
            CallParseResult parsed;
            await using (var stream = path.OpenRead())
            {
                parsed = CallCsvParser.Parse(stream);
            }

            if (parsed.Refusal is { } refusal)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { refused = refusal }, json));
                return 1;
            }

            var result = await new CallImporter(db, SystemClock.Instance).ImportAsync(parsed, $"import-calls {path.Name}", ct);
            await output.WriteLineAsync(JsonSerializer.Serialize(result, json));
            return 0;
        });
        return command;
    }

    private static IConfiguration Configuration(string? dataDirectory)
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
}
