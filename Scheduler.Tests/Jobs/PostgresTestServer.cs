using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Scheduler.Tests.Jobs;

/// <summary>
/// The PostgreSQL the cluster test runs on: the one named by <c>SCHEDULER_TEST_POSTGRES</c> (CI starts it, see
/// .ci/postgres.sh), or else a throw-away server this class starts from the Debian binaries the same way, or none
/// (<see cref="StartAsync"/> returns null and says why) where PostgreSQL is not installed.
/// </summary>
internal sealed class PostgresTestServer : IAsyncDisposable
{
    public const string Variable = "SCHEDULER_TEST_POSTGRES";

    private readonly string? dataDirectory;
    private readonly string? binDirectory;

    private PostgresTestServer(string connectionString, string? dataDirectory, string? binDirectory)
    {
        ConnectionString = connectionString;
        this.dataDirectory = dataDirectory;
        this.binDirectory = binDirectory;
    }

    /// <summary>Connection string of the server's maintenance database.</summary>
    public string ConnectionString { get; }

    /// <summary>The server, or null with the reason written to <paramref name="log"/> when PostgreSQL is absent.</summary>
    public static async Task<PostgresTestServer?> StartAsync(Action<string> log)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return new PostgresTestServer(given, null, null);
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            log($"SKIPPED: {Variable} is not set and no PostgreSQL binaries exist under /usr/lib/postgresql; the cluster test needs PostgreSQL.");
            return null;
        }

        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("scheduler-pg-").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", $"postgres:postgres {data}");
        }

        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "initdb"), $"-D {data} -U postgres --auth=trust -E UTF8 --no-sync");
        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"),
            $"-D {data} -l {data}/server.log -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off\" start");
        log($"Started a throw-away PostgreSQL on port {port} ({bin}).");
        return new PostgresTestServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", data, bin);
    }

    /// <summary>Creates a fresh, uniquely named database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop database if exists {name} with (force)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (dataDirectory is not null && binDirectory is not null)
        {
            await RunAsPostgresAsync(Environment.UserName == "root", Path.Combine(binDirectory, "pg_ctl"), $"-D {dataDirectory} -m fast stop");
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>PostgreSQL refuses to run as root, so as root the tools run through runuser as the postgres user.</summary>
    private static Task RunAsPostgresAsync(bool asRoot, string tool, string arguments) =>
        asRoot ? RunAsync("runuser", $"-u postgres -- {tool} {arguments}") : RunAsync(tool, arguments);

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
