using Scheduler.Api.Cli;

namespace Scheduler.Tests.Cli;

public sealed class CommandLineAppTests
{
    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "serve" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:0" }, true)]
    [InlineData(new[] { "--help" }, false)]
    [InlineData(new[] { "staffing", "erlang-c" }, false)]
    public void IsServe_Arguments_ChoosesServiceOrVerb(string[] args, bool expected) =>
        Assert.Equal(expected, CommandLineApp.IsServe(args));

    [Fact]
    public async Task RunAsync_UnknownVerb_ExitsNonZeroWithOneLine()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["no-such-verb"], output, error);

        Assert.NotEqual(0, exit);
        var message = error.ToString().TrimEnd();
        Assert.Contains("no-such-verb", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }
}
