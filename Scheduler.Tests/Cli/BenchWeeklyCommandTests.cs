using System.Globalization;
using Scheduler.Api.Cli;

namespace Scheduler.Tests.Cli;

public sealed class BenchWeeklyCommandTests
{
    [Fact]
    public async Task RunAsync_TwoWeeks_ARowPerWeekThenTheTerms()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["bench", "weekly", "--weeks", "2", "--time-limit", "4"], output, error);

        Assert.True(exit == 0, error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("week ", lines[0], StringComparison.Ordinal);
        var rows = lines[1..3].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["2026-03-02", "2026-03-09"], rows.Select(r => r[0]));
        // Someone works every weekend of the 3133, and no more than its 24 people.
        Assert.All(rows, r => Assert.InRange(int.Parse(r[4], CultureInfo.InvariantCulture), 1, 24));
        Assert.StartsWith("terms over the weeks: ", lines[3], StringComparison.Ordinal);
        Assert.Contains("over-coverage", lines[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--weeks", "0")]
    [InlineData("--start", "2026-03-03")]
    public async Task RunAsync_BadOption_OneLineErrorNamingTheVerb(string option, string value)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["bench", "weekly", option, value], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("bench weekly", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }
}
