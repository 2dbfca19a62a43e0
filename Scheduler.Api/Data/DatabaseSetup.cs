using Microsoft.EntityFrameworkCore;

namespace Scheduler.Api.Data;

/// <summary>
/// Chooses the database from configuration: <c>Database:Provider</c> = <c>Sqlite</c> (default, a file in the data folder)
/// or <c>SqlServer</c> (connection string <c>ConnectionStrings:SqlServer</c>, from configuration or environment only).
/// </summary>
public static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string SqliteFileName = "scheduler.db";

    public static string Provider(IConfiguration configuration) => configuration["Database:Provider"] is { Length: > 0 } p ? p : Sqlite;

    /// <summary>The data folder, absolute: <c>Scheduler:DataDirectory</c> (or <c>--data DIR</c>), else ./data under the current directory.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Scheduler:DataDirectory"] is { Length: > 0 } dir ? dir : Path.Combine(Directory.GetCurrentDirectory(), "data"));

    public static void AddSchedulerDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AuditInterceptor>();
        var provider = Provider(configuration);
        switch (provider)
        {
            case Sqlite:
                var connection = SqliteConnectionString(configuration);
                services.AddDbContext<SchedulerDbContext, SqliteSchedulerDbContext>((sp, options) =>
                    ConfigureSqlite(options, connection).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            case SqlServer:
                var sqlServer = SqlServerConnectionString(configuration);
                services.AddDbContext<SchedulerDbContext, SqlServerSchedulerDbContext>((sp, options) =>
                    ConfigureSqlServer(options, sqlServer).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is unknown; use {Sqlite} or {SqlServer}.");
        }
    }

    /// <summary>A context outside the web host (the <c>migrate</c> verb), without the audit interceptor: migrations change no audited rows.</summary>
    public static SchedulerDbContext CreateContext(IConfiguration configuration) => Provider(configuration) switch
    {
        Sqlite => new SqliteSchedulerDbContext(ConfigureSqlite(new DbContextOptionsBuilder<SqliteSchedulerDbContext>(), SqliteConnectionString(configuration)).Options),
        SqlServer => new SqlServerSchedulerDbContext(ConfigureSqlServer(new DbContextOptionsBuilder<SqlServerSchedulerDbContext>(), SqlServerConnectionString(configuration)).Options),
        var p => throw new InvalidOperationException($"Database:Provider '{p}' is unknown; use {Sqlite} or {SqlServer}."),
    };

    /// <summary>Where the database is, for the start-up message; never the SQL Server connection string (it may hold a password).</summary>
    public static string Describe(IConfiguration configuration) =>
        Provider(configuration) == Sqlite ? $"SQLite {Path.Combine(DataDirectory(configuration), SqliteFileName)}" : "SQL Server (ConnectionStrings:SqlServer)";

    public static DbContextOptionsBuilder<T> ConfigureSqlite<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext
    {
        ConfigureSqlite((DbContextOptionsBuilder)builder, connectionString);
        return builder;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString);

    public static DbContextOptionsBuilder<T> ConfigureSqlServer<T>(DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext
    {
        ConfigureSqlServer((DbContextOptionsBuilder)builder, connectionString);
        return builder;
    }

    public static DbContextOptionsBuilder ConfigureSqlServer(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());

    private static string SqliteConnectionString(IConfiguration configuration)
    {
        if (configuration.GetConnectionString(Sqlite) is { Length: > 0 } explicitConnection)
        {
            return explicitConnection;
        }

        var directory = DataDirectory(configuration);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, SqliteFileName)}";
    }

    private static string SqlServerConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(SqlServer) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set (use the environment variable ConnectionStrings__SqlServer).");
}
