using Scheduler.Api.Cli;

namespace Scheduler.Tests.Cli;

public sealed class BenchReplanCommandTests
{
    [Fact]
    public async Task RunAsync_SmallPlatform_PrintsTheRePlanRowWithNoViolations()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        // 8 s: in 4 the plan to re-plan once had no rota under the whole suite's load.
        var exit = await CommandLineApp.RunAsync(["bench", "replan", "--staff", "10", "--weeks", "1", "--time-limit", "8", "--sick-days", "2"], output, error);

        Assert.True(exit == 0, error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var headers = lines[0].Split(" | ");
        var row = lines[1].Split(" | ");
        Assert.Equal(headers.Length, row.Length);
        Assert.Equal("10", row[Array.IndexOf(headers, "staff")]);
        Assert.Equal("2", row[Array.IndexOf(headers, "sick days")]);
        Assert.Equal("0", row[Array.IndexOf(headers, "violations")]);
        Assert.True(int.Parse(row[Array.IndexOf(headers, "changed shifts")], System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Theory]
    [InlineData("--sick-days", "0")]
    [InlineData("--weeks", "7")]
    public async Task RunAsync_BadOption_OneLineErrorNamingTheVerb(string option, string value)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["bench", "replan", option, value, "--time-limit", "1"], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("bench replan", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.ToString().TrimEnd());
        Assert.Empty(output.ToString());
    }
}
