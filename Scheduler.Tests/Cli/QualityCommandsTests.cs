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
}
