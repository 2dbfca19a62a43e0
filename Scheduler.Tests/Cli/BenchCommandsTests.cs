using Scheduler.Api.Cli;

namespace Scheduler.Tests.Cli;

public sealed class BenchCommandsTests
{
    [Fact]
    public async Task BenchStaffing_Quick_RunsTheThreeSizesAndReportsPerIntervalCost()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["bench", "staffing", "--quick"], output, error);

        Assert.True(exit == 0, error.ToString() + output);
        var lines = output.ToString().Split('\n');
        var table = lines.SkipWhile(l => !l.StartsWith("method ", StringComparison.Ordinal)).Skip(1).Take(6)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["AgentsOnly", "AgentsOnly", "AgentsOnly", "RequiredAgentsPerInterval", "RequiredAgentsPerInterval", "RequiredAgentsPerInterval"], table.Select(c => c[0]).Order());
        Assert.Equal(["1", "10", "100", "1", "10", "100"], table.Select(c => c[1]));
        Assert.Equal(["154", "1540", "15400", "154", "1540", "15400"], table.Select(c => c[2]));
    }

    [Fact]
    public void Forecast_OneWeek_IsSevenDaysOfTwentyTwoHalfHours() =>
        Assert.Equal(7 * 22, StaffingBenchmarks.Forecast(1).Count);
}
