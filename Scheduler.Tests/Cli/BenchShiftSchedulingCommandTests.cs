using System.Text.Json;
using Scheduler.Api.Cli;
using Scheduler.Solver.Benchmarks.ShiftScheduling;
using Scheduler.Tests.Benchmarks;

namespace Scheduler.Tests.Cli;

/// <summary>The verb on a folder written by the test: the hand-made one-week instance as Instance1 and a made-up best-known table.</summary>
public sealed class BenchShiftSchedulingCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cq-bench-").FullName;

    public BenchShiftSchedulingCommandTests()
    {
        File.WriteAllText(Path.Combine(folder, "Instance1.txt"), ShiftSchedulingSamples.OneWeek.Replace("\n", "\r\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "best-known.csv"), "instance,employees,days,shift_types,best_known_upper_bound,lower_bound,source\nInstance1,2,7,2,400,350,test\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<(int Exit, string Output, string Error)> Run(params string[] options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(["bench", "shift-scheduling", "--instances", folder, .. options], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task RunAsync_Json_OneObjectWhoseObjectiveTheEvaluatorConfirms()
    {
        var outFolder = Path.Combine(folder, "out");

        var (exit, output, error) = await Run("--only", "1", "--time-limit", "5", "--workers", "1", "--json", "--output", outFolder);

        Assert.True(exit == 0, error + output);
        var row = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("Instance1", row.GetProperty("instance").GetString());
        var objective = row.GetProperty("objective").GetInt64();
        Assert.Equal(objective, row.GetProperty("evaluatorObjective").GetInt64());
        Assert.Equal(400, row.GetProperty("bestKnown").GetInt64());
        Assert.Equal(350, row.GetProperty("lowerBound").GetInt64());
        Assert.Equal(100.0 * (objective - 400) / 400, row.GetProperty("gapPercent").GetDouble(), 6);
        Assert.Equal("Optimal", row.GetProperty("status").GetString());
        Assert.True(row.GetProperty("wallSeconds").GetDouble() > 0);
        var written = SolutionCsv.Parse(File.ReadAllText(Path.Combine(outFolder, "Instance1.csv")));
        Assert.Equal(objective, ShiftSchedulingEvaluator.Evaluate(ShiftSchedulingSamples.Load(), written).Objective);
    }

    [Fact]
    public async Task RunAsync_Table_RowAndSummaryLine()
    {
        var (exit, output, error) = await Run("--time-limit", "5", "--workers", "1");

        Assert.True(exit == 0, error + output);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("Instance1 | 2 | 7 | ", StringComparison.Ordinal) && l.Contains("| Optimal |", StringComparison.Ordinal));
        Assert.Contains("summary: 1 instance(s), 1 optimal", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--only", "x-2")]
    [InlineData("--only", "3-1")]
    [InlineData("--time-limit", "0")]
    [InlineData("--workers", "0")]
    [InlineData("--parameters", "nonsense:1")]
    public async Task RunAsync_BadOption_OneLineNamingItAndExitTwo(string option, string value)
    {
        var (exit, output, error) = await Run(option, value);

        Assert.Equal(2, exit);
        var message = error.TrimEnd();
        Assert.Contains(option, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.Empty(output);
    }

    [Fact]
    public async Task RunAsync_MissingFolder_ExitTwoNamingInstances()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLineApp.RunAsync(["bench", "shift-scheduling", "--instances", Path.Combine(folder, "nowhere")], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("--instances", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InstanceNotInTheFolder_OneLineAndExitOne()
    {
        var (exit, _, error) = await Run("--only", "2");

        Assert.Equal(1, exit);
        Assert.Contains("Instance2.txt", error, StringComparison.Ordinal);
    }
}
