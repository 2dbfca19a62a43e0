using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Tests.Api;

public sealed class DatabaseSetupTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void CreateContext_SqlServerProvider_UsesTheSqlServerContextAndItsMigrations()
    {
        using var db = DatabaseSetup.CreateContext(Config(("Database:Provider", "SqlServer"), ("ConnectionStrings:SqlServer", "Server=(unused);Database=x")));

        Assert.IsType<SqlServerSchedulerDbContext>(db);
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
        // Exactly the migrations of the SQL Server folder (each provider has its own, with ids of their own).
        var sqlServerMigrations = typeof(SqlServerSchedulerDbContext).Assembly.GetTypes()
            .Where(t => t.Namespace == "Scheduler.Api.Data.Migrations.SqlServer" && t.IsSubclassOf(typeof(Migration)))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Id)
            .Order(StringComparer.Ordinal);
        Assert.Contains(db.Database.GetMigrations(), id => id.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(sqlServerMigrations, db.Database.GetMigrations().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CreateContext_SqlServerWithoutConnectionString_ExplainsWhichKeyIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSetup.CreateContext(Config(("Database:Provider", "SqlServer"))));

        Assert.Contains("ConnectionStrings:SqlServer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionToken_TwoEditorsOfTheSamePerson_SecondSaveIsRefusedOnSqlite()
    {
        using var scope1 = factory.Services.CreateScope();
        using var scope2 = factory.Services.CreateScope();
        var first = scope1.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var second = scope2.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var id = await first.Staff.Select(s => s.Id).FirstAsync();
        var a = await first.Staff.SingleAsync(s => s.Id == id);
        var b = await second.Staff.SingleAsync(s => s.Id == id);

        a.Name = "First editor";
        a.Version = Guid.NewGuid();
        await first.SaveChangesAsync();
        b.Name = "Second editor";
        b.Version = Guid.NewGuid();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        using var scope3 = factory.Services.CreateScope();
        var stored = await scope3.ServiceProvider.GetRequiredService<SchedulerDbContext>().Staff.SingleAsync(s => s.Id == id);
        Assert.Equal("First editor", stored.Name);
    }

    [Fact]
    public async Task Instant_RoundTrip_ComesBackEqual()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var at = NodaTime.Instant.FromUtc(2026, 3, 29, 1, 30, 15).PlusNanoseconds(1234500);
        db.AuditLog.Add(new AuditEntry { At = at, Actor = "test", EntityType = "Test", EntityKey = "round-trip", Action = "Added" });
        await db.SaveChangesAsync();

        using var other = factory.Services.CreateScope();
        var stored = await other.ServiceProvider.GetRequiredService<SchedulerDbContext>().AuditLog.SingleAsync(e => e.EntityKey == "round-trip");

        Assert.Equal(at, stored.At);
    }
}
