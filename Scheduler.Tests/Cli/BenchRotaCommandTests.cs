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
}
