using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Scheduler.Api.Data;

/// <summary>The model on SQL Server, the production database; its migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerSchedulerDbContext(DbContextOptions<SqlServerSchedulerDbContext> options) : SchedulerDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context offline: scripts and model checks never connect.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSchedulerDbContext>
{
    public SqlServerSchedulerDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.ConfigureSqlServer(
            new DbContextOptionsBuilder<SqlServerSchedulerDbContext>(),
            "Server=(design-time);Database=Scheduler;TrustServerCertificate=True").Options);
}
