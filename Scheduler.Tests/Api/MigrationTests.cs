using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

    [Fact]
    public async Task TimeOffAbsence_RequestsApprovedBeforeIt_AreLinkedToTheirAbsence()
    {
        var file = Path.Combine(Path.GetTempPath(), $"scheduler-migration-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteSchedulerDbContext(
                DatabaseSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteSchedulerDbContext>(), $"Data Source={file}").Options);
            var migrations = db.Database.GetMigrations().ToList();
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_TimeOffAbsence", StringComparison.Ordinal)) - 1]);
            // Rows as the service stored them before (no staff rows: the foreign keys are off for this connection).
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
            string[] ids = [.. Enumerable.Range(0, 5).Select(_ => Guid.NewGuid().ToString().ToUpperInvariant())];
            var (staff, absence, otherDays, approved, refused) = (ids[0], ids[1], ids[2], ids[3], ids[4]);
            await db.Database.ExecuteSqlAsync($"INSERT INTO Absences (Id, StaffId, \"From\", \"To\", Kind) VALUES ({absence}, {staff}, '2026-05-04', '2026-05-08', 'Leave'), ({otherDays}, {staff}, '2026-06-01', '2026-06-02', 'Leave')");
            await db.Database.ExecuteSqlAsync($"INSERT INTO TimeOffRequests (Id, StaffId, \"From\", \"To\", Kind, Status, CreatedAt) VALUES ({approved}, {staff}, '2026-05-04', '2026-05-08', 'Leave', 'Approved', '2026-04-01 10:00:00'), ({refused}, {staff}, '2026-06-01', '2026-06-02', 'Leave', 'Refused', '2026-04-02 10:00:00')");

            await migrator.MigrateAsync();
            var links = await db.TimeOffRequests.AsNoTracking().ToDictionaryAsync(r => r.Id.ToString().ToUpperInvariant(), r => r.AbsenceId);

            Assert.Equal(Guid.Parse(absence), links[approved]);
            Assert.Null(links[refused]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
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
