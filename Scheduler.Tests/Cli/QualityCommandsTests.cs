using Scheduler.Api.Cli;
using Scheduler.Api.Features.Calls;

namespace Scheduler.Tests.Cli;

public sealed class QualityCommandsTests
{
    [Fact]
    public async Task BenchCalls_SmallFile_ReportsRowsAccepted()
    {
        var output = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["bench", "calls", "--rows", "200", "--repeat", "1"], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("200 rows", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("200 accepted", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SyntheticCsv_ParsesWithoutRejectsAndDropsCallerNumber()
    {
        var result = CallCsvParser.Parse(BenchCallsCommand.SyntheticCsv(500));

        Assert.Equal(500, result.Records.Count);
        Assert.Empty(result.Rejected);
        Assert.Equal(["caller_number"], result.DroppedColumns);
    }

    [Fact]
    public async Task ClusterNode_WithoutConnection_ParseErrorNamesTheOption()
    {
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["cluster-node", "--instance-id", "a"], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("--connection", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateCalls_TwoWeeks_WritesAFileThatImportsCleanly()
    {
        var file = Path.Combine(Path.GetTempPath(), $"calls-{Guid.NewGuid():N}.csv");
        try
        {
            var output = new StringWriter();

            var exit = await CommandLineApp.RunAsync(["generate-calls", "--out", file, "--weeks", "2", "--from", "2026-03-02", "--seed", "3"], output, new StringWriter());

            Assert.Equal(0, exit);
            CallParseResult parsed;
            using (var stream = File.OpenRead(file))
            {
                parsed = CallCsvParser.Parse(stream);
            }

            Assert.Empty(parsed.Rejected);
            Assert.InRange(parsed.Records.Count, 2300 * 0.9, 2300 * 1.1);
            Assert.Contains($"{parsed.Records.Count} calls from 2026-03-02", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task GenerateCalls_BadDate_OneLineError()
    {
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["generate-calls", "--out", "unused.csv", "--from", "02/03/2026"], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Equal("--from '02/03/2026' is not a date yyyy-MM-dd.", error.ToString().TrimEnd());
    }
}
