using Scheduler.Api.Cli;

namespace Scheduler.Tests.Cli;

public sealed class BenchRotaCommandTests
{
    [Theory]
    [InlineData("--staff", "2")]
    [InlineData("--weeks", "7")]
    [InlineData("--start", "2026-03-03")]
    public async Task RunAsync_BadOption_OneLineErrorAndExitOne(string option, string value)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["bench", "rota", option, value, "--time-limit", "1"], output, error);

        Assert.Equal(1, exit);
        var message = error.ToString().TrimEnd();
        Assert.Contains("bench rota", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void SpeedTargets_AreTheIssuesTwo()
    {
        Assert.Collection(
            SpeedTarget.All,
            t => Assert.Equal((24, 4, 30.0, (double?)2, 0.01), (t.Staff, t.Weeks, t.TimeLimit, t.FirstRotaSeconds, t.Gap)),
            t => Assert.Equal((200, 4, 60.0, (double?)null, 0.05), (t.Staff, t.Weeks, t.TimeLimit, t.FirstRotaSeconds, t.Gap)));
        Assert.Equal("first rota < 2 s, gap < 1 %", SpeedTarget.All[0].Needed());
        Assert.Equal("gap < 5 %", SpeedTarget.All[1].Needed());
    }

    [Theory]
    [InlineData(0.8, 0.005, "first rota met, gap met")]
    [InlineData(0.8, 0.134, "first rota met, gap missed")]
    [InlineData(2.0, 0.01, "first rota missed, gap missed")]
    [InlineData(null, null, "first rota missed, gap missed")]
    public void Verdict_EachPartMetOnlyStrictlyUnderItsTarget(double? first, double? gap, string expected) =>
        Assert.Equal(expected, SpeedTarget.All[0].Verdict(first, gap));
}
