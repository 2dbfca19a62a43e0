using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Cli;
using Scheduler.Api.Data;

namespace Scheduler.Tests.Api;

public sealed partial class MigrationTests
{
    [Fact]
    public async Task MigrateVerb_EmptyDataFolder_AppliesEveryMigration()
    {
        var folder = Path.Combine(Path.GetTempPath(), "scheduler-tests", Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        try
        {
            var exit = await CommandLineApp.RunAsync(["migrate", "--data", folder], output, new StringWriter());

            Assert.Equal(0, exit);
            await using var db = new SqliteSchedulerDbContext(
                DatabaseSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteSchedulerDbContext>(), $"Data Source={Path.Combine(folder, DatabaseSetup.SqliteFileName)}").Options);
            Assert.NotEmpty(db.Database.GetMigrations());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(0, await db.Staff.CountAsync());
            Assert.Contains("applied", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task MigrateVerb_DataPathIsAFile_FailsWithoutAStackTrace()
    {
        var file = Path.GetTempFileName();
        var error = new StringWriter();
        try
        {
            var exit = await CommandLineApp.RunAsync(["migrate", "--data", file], new StringWriter(), error);

            Assert.Equal(1, exit);
            Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void SqlServerScript_Committed_ContainsEveryMigrationOfTheSqlServerContext()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryRoot(), "Scheduler.Api", "Data", "Scripts", "sqlserver-idempotent.sql"));
        using var db = new SqlServerSchedulerDbContext(
            DatabaseSetup.ConfigureSqlServer(new DbContextOptionsBuilder<SqlServerSchedulerDbContext>(), "Server=(unused);Database=x").Options);

        var migrations = db.Database.GetMigrations().ToList();
        var inScript = MigrationIdInScript().Matches(script).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(migrations);
        Assert.Equal(migrations, inScript);
    }

    [Fact]
    public void Migrations_BothProviders_HaveTheSameMigrationNames()
    {
        using var sqlite = new SqliteSchedulerDbContext(
            DatabaseSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteSchedulerDbContext>(), "Data Source=:memory:").Options);
        using var sqlServer = new SqlServerSchedulerDbContext(
            DatabaseSetup.ConfigureSqlServer(new DbContextOptionsBuilder<SqlServerSchedulerDbContext>(), "Server=(unused);Database=x").Options);

        // Ids are "<timestamp>_<Name>"; the timestamps differ by provider, the names must not.
        static List<string> Names(DbContext db) => [.. db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])];

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Scheduler.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Scheduler.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\[MigrationId\] = N'([^']+)'")]
    private static partial Regex MigrationIdInScript();
}
