using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>migrate [--data DIR]</c>: applies the pending migrations of the configured provider (Database:Provider) and exits.
/// Configuration is read as the service reads it (<see cref="CliDatabase"/>).
/// </summary>
public static class MigrateCommand
{
    public static Command Create(TextWriter output)
    {
        var data = new Option<string?>("--data") { Description = "Data folder of the SQLite database (Scheduler:DataDirectory)." };
        var command = new Command("migrate", "Apply the database migrations of the configured provider, then exit.") { data };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var configuration = CliDatabase.Configuration(parseResult.GetValue(data));
            var db = CliDatabase.Open(configuration);
            await using var _ = db;
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            await output.WriteLineAsync($"database: {DatabaseSetup.Describe(configuration)}");
            await output.WriteLineAsync(pending.Count == 0 ? "already up to date" : $"applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        });
        return command;
    }
}
