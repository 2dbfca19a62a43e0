using System.Text.Json;
using NodaTime;
using Scheduler.Api.Cli;
using Scheduler.Api.Rostering;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;

namespace Scheduler.Tests.Cli;

public sealed class SolveCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("scheduler-solve-").FullName;

    [Fact]
    public async Task Solve_Scenario3133OneWeek_PrintsOneSummaryAndWritesARotaThatValidates()
    {
        var rotaPath = Path.Combine(directory, "rota.json");
        var (exit, output, error) = await RunAsync("solve", "--scenario", "3133", "--start", "2026-03-02", "--weeks", "1",
            "--time-limit", "15", "--seed", "1", "--workers", "1", "--output", rotaPath);

        var lines = output.TrimEnd().Split('\n');
        using var summary = JsonDocument.Parse(Assert.Single(lines));
        var root = summary.RootElement;
        var (validateExit, validateOutput, _) = await RunAsync("validate", rotaPath);
        var file = RotaDocument.Read(await File.ReadAllTextAsync(rotaPath));

        Assert.True(exit == 0, error);
        Assert.Contains(root.GetProperty("status").GetString(), new[] { "Optimal", "Feasible" });
        Assert.Equal(0, root.GetProperty("violations").GetInt32());
        Assert.Equal(file.Assignments.Count, root.GetProperty("assignments").GetInt32());
        Assert.True(root.GetProperty("uncoveredListenerHalfHours").GetInt32() >= 0);
        Assert.True(root.TryGetProperty("bestBound", out _) && root.TryGetProperty("gap", out _) && root.TryGetProperty("wallSeconds", out _));
        Assert.True(validateExit == 0, validateOutput);
        // The platform of DESIGN.md: 21 listeners and 3 managers, with demand from the staffing engine above the floor somewhere.
        Assert.Equal(21, file.Problem.Staff.Count(s => s.Role == StaffRole.Listener));
        Assert.Equal(3, file.Problem.Staff.Count(s => s.Role == StaffRole.Manager));
        Assert.Contains(file.Problem.Demand, d => d.RequiredListeners > 2);
        Assert.Equal(new LocalDate(2026, 3, 2), file.Problem.Start);
    }

    [Fact]
    public async Task Solve_SameInputSeedAndWorkers_WritesTheSameRota()
    {
        // The budget is deterministic units unless --wall-clock says otherwise: two runs with the same seed and workers write
        // the same shifts, whatever else the machine is doing.
        var paths = new[] { "a.json", "b.json" }.Select(name => Path.Combine(directory, name)).ToList();
        foreach (var path in paths)
        {
            var (exit, _, error) = await RunAsync("solve", "--scenario", "3133", "--start", "2026-03-02", "--weeks", "1",
                "--time-limit", "5", "--seed", "3", "--workers", "2", "--output", path);
            Assert.True(exit == 0, error);
        }

        var first = RotaDocument.Read(await File.ReadAllTextAsync(paths[0])).Assignments;
        var second = RotaDocument.Read(await File.ReadAllTextAsync(paths[1])).Assignments;
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Solve_WallClock_PlansALegalRota()
    {
        // A small platform, so that its seconds are enough under the whole suite's load (the 3133's week in 4 s once had no rota).
        var problemPath = Path.Combine(directory, "small.json");
        await File.WriteAllTextAsync(problemPath, RotaDocument.Write(PlatformScenarios.Synthetic(7, 3, new LocalDate(2026, 3, 2), 1)));

        var (exit, output, error) = await RunAsync("solve", "--problem", problemPath, "--time-limit", "8", "--workers", "2", "--wall-clock");

        using var summary = JsonDocument.Parse(output);
        Assert.True(exit == 0, error);
        Assert.Equal(0, summary.RootElement.GetProperty("violations").GetInt32());
        Assert.NotEqual(0, summary.RootElement.GetProperty("assignments").GetInt32());
    }

    [Fact]
    public async Task Solve_ProblemFile_SolvesItAndKeepsItsStaff()
    {
        var problem = SolveCommand.Scenario(new LocalDate(2026, 3, 9), 1);
        var small = problem with { Staff = [.. problem.Staff.Where(s => s.Id is "L001" or "L002" or "L010" or "M01")], Demand = [] };
        var problemPath = Path.Combine(directory, "problem.json");
        await File.WriteAllTextAsync(problemPath, RotaDocument.Write(small));

        var (exit, output, _) = await RunAsync("solve", "--problem", problemPath, "--time-limit", "5", "--workers", "1", "--output", Path.Combine(directory, "out.json"));
        var file = RotaDocument.Read(await File.ReadAllTextAsync(Path.Combine(directory, "out.json")));

        // Four people cannot keep a 2-listener + 1-manager floor 77 hours a week: no rota, and the summary says why.
        using var summary = JsonDocument.Parse(output);
        Assert.Equal(1, exit);
        Assert.Equal("Infeasible", summary.RootElement.GetProperty("status").GetString());
        Assert.NotEqual(0, summary.RootElement.GetProperty("explanation").GetArrayLength() + summary.RootElement.GetProperty("shortages").GetArrayLength());
        Assert.Equal(4, file.Problem.Staff.Count);
    }

    /// <summary>
    /// The two listeners of PlanAheadTests: B's training lapses before the second weekend. Planned as the first week of the
    /// two-week file, the first weekend goes to B, and the output holds the first week only.
    /// </summary>
    [Fact]
    public async Task Solve_PlanAhead_PlansTheWeekAsTheFirstOfTheLongerFile()
    {
        var monday = Solver.TinyRota.Monday;
        var ahead = Solver.PlanAheadTests.TrainingLapsesBeforeTheWeekendAfter();
        var weekPath = Path.Combine(directory, "week.json");
        var aheadPath = Path.Combine(directory, "ahead.json");
        var outPath = Path.Combine(directory, "out.json");
        await File.WriteAllTextAsync(weekPath, RotaDocument.Write(ahead with { Weeks = 1 }));
        await File.WriteAllTextAsync(aheadPath, RotaDocument.Write(ahead));

        var (exit, _, error) = await RunAsync("solve", "--problem", weekPath, "--plan-ahead", aheadPath, "--time-limit", "10", "--workers", "1", "--output", outPath);
        var file = RotaDocument.Read(await File.ReadAllTextAsync(outPath));

        Assert.True(exit == 0, error);
        Assert.Equal(["B", "B"], file.Assignments.Select(a => a.StaffId));
        Assert.All(file.Assignments, a => Assert.True(a.Date <= monday.PlusDays(6)));
    }

    [Theory]
    [InlineData("--start", "2026-03-03", "--weeks", "1")]
    [InlineData("--start", "2026-03-02", "--weeks", "7")]
    [InlineData("--start", "2 March", "--weeks", "1")]
    public async Task Solve_BadPeriod_OneLineAndNonZeroExit(string startOption, string start, string weeksOption, string weeks)
    {
        var (exit, output, error) = await RunAsync("solve", "--scenario", "3133", startOption, start, weeksOption, weeks);

        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
        Assert.DoesNotContain('\n', error.TrimEnd());
        Assert.StartsWith("solve: --", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Solve_ScenarioAndProblemTogether_Refused()
    {
        var (exit, _, error) = await RunAsync("solve", "--scenario", "3133", "--problem", "p.json");

        Assert.NotEqual(0, exit);
        Assert.Contains("either --scenario 3133 or --problem", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Solve_UnknownScenario_NamesIt()
    {
        var (exit, _, error) = await RunAsync("solve", "--scenario", "200", "--start", "2026-03-02", "--weeks", "1");

        Assert.NotEqual(0, exit);
        Assert.Contains("'200'", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
