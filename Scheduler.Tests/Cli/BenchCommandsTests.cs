using Scheduler.Api.Cli;

namespace Scheduler.Tests.Cli;

public sealed class BenchCommandsTests
{
    [Fact]
    public async Task BenchStaffing_FewRuns_ReportsTheThreeSizesOfThe3133Week()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["bench", "staffing", "--runs", "2", "--warm-up-seconds", "0"], output, error);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains(" 154 intervals", text, StringComparison.Ordinal);
        Assert.Contains(" 1540 intervals", text, StringComparison.Ordinal);
        Assert.Contains(" 15400 intervals", text, StringComparison.Ordinal);
        Assert.Contains("median", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchStaffing_ZeroRuns_ExitsWithOneLineNamingTheOption()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["bench", "staffing", "--runs", "0"], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("--runs", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Weeks_OneWeek_IsSevenDaysOfTwentyTwoHalfHours() =>
        Assert.Equal(7 * 22, StaffingBench.Weeks(1).Count);

    [Fact]
    public void Percentile_SortedSamples_UsesNearestRank()
    {
        double[] samples = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

        Assert.Equal(10, BenchHarness.Percentile(samples, 0.5));
        Assert.Equal(19, BenchHarness.Percentile(samples, 0.95));
    }
}
