using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Scheduler.Api.Data;

/// <summary>The model on SQLite, the embedded default; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteSchedulerDbContext(DbContextOptions<SqliteSchedulerDbContext> options) : SchedulerDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the web host; the file is never opened for migrations add.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSchedulerDbContext>
{
    public SqliteSchedulerDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteSchedulerDbContext>(), "Data Source=design.db").Options);
}
