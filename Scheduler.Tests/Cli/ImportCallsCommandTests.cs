using System.Text.Json;
using Microsoft.Data.Sqlite;
using Scheduler.Api.Cli;

namespace Scheduler.Tests.Cli;

/// <summary>The <c>import-calls FILE --data DIR</c> verb on a fresh data folder.</summary>
public sealed class ImportCallsCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("scheduler-import-").FullName;

    private async Task<(int Code, string Output, string Error)> RunAsync(string file)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineApp.RunAsync(["import-calls", file, "--data", _directory], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task ImportCalls_FileTwice_PrintsJsonAcceptedThenUnchanged()
    {
        var file = Path.Combine(_directory, "calls.csv");
        await File.WriteAllTextAsync(file, "call_id,channel,offered_at,answered_at,ended_at,listener_id,caller_id\n"
            + "cli-1,phone,2026-03-02T09:00:05+01:00,2026-03-02T09:00:41+01:00,2026-03-02T09:14:02+01:00,L07,0612\n"
            + "cli-2,phone,2026-03-02T09:01:10+01:00,,2026-03-02T09:01:13+01:00,,0613\n"
            + "cli-3,pigeon,2026-03-02T09:01:10+01:00,,2026-03-02T09:01:13+01:00,,0614\n");

        var (firstCode, first, _) = await RunAsync(file);
        var (secondCode, second, _) = await RunAsync(file);

        Assert.Equal((0, 0), (firstCode, secondCode));
        using var a = JsonDocument.Parse(first);
        using var b = JsonDocument.Parse(second);
        Assert.Equal(2, a.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(4, a.RootElement.GetProperty("rejected")[0].GetProperty("line").GetInt32());
        Assert.Equal("caller_id", a.RootElement.GetProperty("droppedColumns")[0].GetString());
        Assert.Equal((0, 2), (b.RootElement.GetProperty("accepted").GetInt32(), b.RootElement.GetProperty("unchanged").GetInt32()));
        // The statistics were computed from the first call's half-hour (09:00 Paris = 08:00 UTC), however long ago.
        Assert.Equal("2026-03-02T08:00:00Z", a.RootElement.GetProperty("sla").GetProperty("from").GetString());
        Assert.True(a.RootElement.GetProperty("sla").GetProperty("halfHoursComputed").GetInt32() > 1_000);
        // Nothing new: at most the half-hour that may have ended between the two runs (they use the real clock).
        Assert.InRange(b.RootElement.GetProperty("sla").GetProperty("halfHoursComputed").GetInt32(), 0, 1);
    }

    [Fact]
    public async Task ImportCalls_NotCsv_ExitsOneWithTheRefusal()
    {
        var file = Path.Combine(_directory, "calls.json");
        await File.WriteAllTextAsync(file, "{\"calls\": []}");

        var (code, output, _) = await RunAsync(file);

        Assert.Equal(1, code);
        Assert.Contains("call_id,channel,offered_at,answered_at,ended_at,listener_id", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportCalls_MissingFile_ExitsOneNamingIt()
    {
        var (code, _, error) = await RunAsync(Path.Combine(_directory, "absent.csv"));

        Assert.Equal(1, code);
        Assert.Contains("absent.csv", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
