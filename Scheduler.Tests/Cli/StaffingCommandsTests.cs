using System.Globalization;
using System.Text.Json;
using Scheduler.Api.Cli;

namespace Scheduler.Tests.Cli;

public sealed class StaffingCommandsTests
{
    // Call Centre Helper scenario (cran/ErlangC@b1210c7 tests, pyworkforce@ca48925 tests): 100 calls / 30 min, AHT 180 s.
    private const string Load = "--calls 100 --interval-seconds 1800 --aht-seconds 180";

    [Fact]
    public async Task ErlangC_LiteratureScenario_PrintsOneJsonObjectWithTheFiveFigures()
    {
        var (exit, output, _) = await Run($"staffing erlang-c {Load} --agents 14 --target-seconds 20");

        Assert.Equal(0, exit);
        Assert.Single(output.TrimEnd().Split('\n'));
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            ["offeredLoad", "probabilityOfWait", "serviceLevel", "averageSpeedOfAnswerSeconds", "occupancy"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(10, json.GetProperty("offeredLoad").GetDouble(), 12);
        Assert.Equal(0.17413193, json.GetProperty("probabilityOfWait").GetDouble(), 7);
        Assert.Equal(0.88835002, json.GetProperty("serviceLevel").GetDouble(), 7);
        Assert.Equal(7.83593701177724, json.GetProperty("averageSpeedOfAnswerSeconds").GetDouble(), 9);
        Assert.Equal(0.71428571, json.GetProperty("occupancy").GetDouble(), 7);
    }

    [Fact]
    public async Task ErlangC_UnderStaffed_PrintsNullAverageSpeedOfAnswer()
    {
        var (exit, output, _) = await Run($"staffing erlang-c {Load} --agents 10 --target-seconds 20");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("averageSpeedOfAnswerSeconds").ValueKind);
        Assert.Equal(1, json.GetProperty("probabilityOfWait").GetDouble());
        Assert.Equal(0, json.GetProperty("serviceLevel").GetDouble());
    }

    // 14 agents and 20 scheduled with 30 % shrinkage (occupancy ≤ 0.85); 15 and 22 with occupancy ≤ 0.70 (same sources).
    [Theory]
    [InlineData("0.85", 14, 20, 0.888)]
    [InlineData("0.70", 15, 22, 0.941)]
    public async Task Required_LiteratureScenario_PrintsAgentsScheduledAgentsAndServiceLevel(string maxOccupancy, int agents, int scheduled, double serviceLevel)
    {
        var (exit, output, _) = await Run($"staffing required {Load} --target-seconds 20 --target-service-level 0.8 --max-occupancy {maxOccupancy} --shrinkage 0.3");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["agents", "scheduledAgents", "serviceLevel"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(agents, json.GetProperty("agents").GetInt32());
        Assert.Equal(scheduled, json.GetProperty("scheduledAgents").GetInt32());
        Assert.Equal(serviceLevel, json.GetProperty("serviceLevel").GetDouble(), 0.0005);
    }

    [Fact]
    public async Task Required_ZeroCalls_NeedsNoAgent()
    {
        var (exit, output, _) = await Run("staffing required --calls 0 --interval-seconds 1800 --aht-seconds 900 --target-seconds 60 --target-service-level 0.8 --shrinkage 0.3");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, json.GetProperty("agents").GetInt32());
        Assert.Equal(0, json.GetProperty("scheduledAgents").GetInt32());
    }

    // pyworkforce@ca48925 docs/guide/erlanga.md: with 5 min patience and abandonment ≤ 5 %, 13 positions, 19 after 30 % shrinkage.
    [Fact]
    public async Task Required_WithPatience_StaffsWithErlangA()
    {
        var (exit, output, _) = await Run($"staffing required {Load} --target-seconds 20 --target-service-level 0.8 --max-occupancy 0.85 --shrinkage 0.3 --patience-seconds 300 --max-abandonment 0.05");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(13, json.GetProperty("agents").GetInt32());
        Assert.Equal(19, json.GetProperty("scheduledAgents").GetInt32());
    }

    // pyworkforce@ca48925 test_abandonment.py::test_erlanga_regression_metrics (14 agents, patience 300 s).
    [Fact]
    public async Task ErlangA_PyworkforceVector_PrintsAbandonmentProbability()
    {
        var (exit, output, _) = await Run($"staffing erlang-a {Load} --agents 14 --target-seconds 20 --patience-seconds 300");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.013984, json.GetProperty("abandonmentProbability").GetDouble(), 6);
        Assert.Equal(0.14526, json.GetProperty("probabilityOfWait").GetDouble(), 5);
        Assert.Equal(0.916792, json.GetProperty("serviceLevel").GetDouble(), 6);
        Assert.Equal(4.19514, json.GetProperty("averageSpeedOfAnswerSeconds").GetDouble(), 4);
        Assert.Equal(0.704297, json.GetProperty("occupancy").GetDouble(), 6);
    }

    [Fact]
    public async Task Required_FrenchCulture_StillReadsDecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var (exit, output, _) = await Run($"staffing required {Load} --target-seconds 20 --target-service-level 0.8 --max-occupancy 0.85");

            Assert.Equal(0, exit);
            Assert.Equal(14, JsonDocument.Parse(output).RootElement.GetProperty("agents").GetInt32());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("staffing erlang-c --interval-seconds 1800 --aht-seconds 180 --agents 14 --target-seconds 20", "--calls")]
    [InlineData("staffing erlang-c --calls -5 --interval-seconds 1800 --aht-seconds 180 --agents 14 --target-seconds 20", "--calls")]
    [InlineData("staffing erlang-c --calls many --interval-seconds 1800 --aht-seconds 180 --agents 14 --target-seconds 20", "--calls")]
    [InlineData("staffing erlang-c --calls 100 --interval-seconds 0 --aht-seconds 180 --agents 14 --target-seconds 20", "--interval-seconds")]
    [InlineData("staffing erlang-c --calls 100 --interval-seconds 1800 --aht-seconds 180 --agents -1 --target-seconds 20", "--agents")]
    [InlineData("staffing erlang-c --calls 100 --interval-seconds 1800 --aht-seconds 180 --agents 2.5 --target-seconds 20", "--agents")]
    [InlineData("staffing required --calls 100 --interval-seconds 1800 --aht-seconds 180 --target-seconds 20 --target-service-level 0.8 --shrinkage 1", "--shrinkage")]
    [InlineData("staffing required --calls 100 --interval-seconds 1800 --aht-seconds 180 --target-seconds 20 --target-service-level 1.5", "--target-service-level")]
    [InlineData("staffing required --calls 100 --interval-seconds 1800 --aht-seconds 180 --target-seconds 20 --target-service-level 0.8 --max-occupancy 0", "--max-occupancy")]
    [InlineData("staffing erlang-a --calls 100 --interval-seconds 1800 --aht-seconds 180 --agents 14 --target-seconds 20 --patience-seconds 0", "--patience-seconds")]
    [InlineData("staffing required --calls 100 --interval-seconds 1800 --aht-seconds 180 --target-seconds 20 --target-service-level 0.8 --max-abandonment 0.1", "--max-abandonment")]
    [InlineData("staffing erlang-a --calls 100 --interval-seconds 1800 --aht-seconds -180 --agents 14 --target-seconds 20 --patience-seconds 60", "--aht-seconds")]
    public async Task Staffing_BadArgument_ExitsNonZeroWithOneLineNamingIt(string args, string option)
    {
        var (exit, output, error) = await Run(args);

        Assert.NotEqual(0, exit);
        Assert.Empty(output);
        var message = error.TrimEnd();
        Assert.Contains(option, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public async Task ErlangC_LoadBeyondAMillionErlangs_ExitsWithOneLine()
    {
        var (exit, output, error) = await Run("staffing erlang-c --calls 1e300 --interval-seconds 1 --aht-seconds 1e10 --agents 5 --target-seconds 20");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("offered load", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.TrimEnd());
    }

    [Fact]
    public async Task ErlangA_SeriesThatNeverSettles_ExitsWithOneLine()
    {
        var (exit, _, error) = await Run("staffing erlang-a --calls 1000 --interval-seconds 1800 --aht-seconds 180 --agents 2 --target-seconds 20 --patience-seconds 1e12");

        Assert.Equal(1, exit);
        Assert.Contains("patience", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.TrimEnd());
    }

    [Fact]
    public async Task Simulate_ErlangCQueue_PrintsPredictionSimulatedIntervalsAndWhetherTheyHoldIt()
    {
        var (exit, output, _) = await Run("staffing simulate --calls 30 --interval-seconds 1800 --aht-seconds 900 --agents 18 --target-seconds 60 --hours 2000 --seed 2");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            ["offeredLoad", "agents", "model", "handling", "hours", "seed", "calls", "predicted", "simulated", "predictionWithinInterval"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("erlang-c", json.GetProperty("model").GetString());
        Assert.Equal(0.7041644, json.GetProperty("predicted").GetProperty("serviceLevel").GetDouble(), 6);
        var level = json.GetProperty("simulated").GetProperty("serviceLevel");
        Assert.InRange(level.GetProperty("value").GetDouble(), level.GetProperty("low").GetDouble(), level.GetProperty("high").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("simulated").GetProperty("abandonment").ValueKind);
        Assert.Equal(
            level.GetProperty("low").GetDouble() <= 0.7041644 && 0.7041644 <= level.GetProperty("high").GetDouble(),
            json.GetProperty("predictionWithinInterval").GetProperty("serviceLevel").GetBoolean());
    }

    [Fact]
    public async Task Simulate_WithPatience_ComparesWithErlangA()
    {
        var (exit, output, _) = await Run("staffing simulate --calls 30 --interval-seconds 1800 --aht-seconds 900 --agents 14 --target-seconds 60 --patience-seconds 180 --hours 500 --handling lognormal");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(("erlang-a", "lognormal"), (json.GetProperty("model").GetString(), json.GetProperty("handling").GetString()));
        Assert.InRange(json.GetProperty("simulated").GetProperty("abandonment").GetProperty("value").GetDouble(), 0.1, 0.3);
        Assert.Equal(0.178, json.GetProperty("predicted").GetProperty("abandonment").GetDouble(), 3);
    }

    [Theory]
    [InlineData("--agents 15 --target-seconds 60", "--agents (15) must be more than the offered load (15 erlangs)")]
    [InlineData("--agents 0 --target-seconds 60 --patience-seconds 180", "--agents must be 1 or more")]
    [InlineData("--agents 20 --target-seconds 60 --hours 1000000", "--hours 1000000 would draw more than 5000000 calls")]
    [InlineData("--agents 20 --target-seconds 60 --handling gamma", "Argument 'gamma' not recognized. Must be one of: 'exponential' 'lognormal'")]
    public async Task Simulate_BadArguments_ExitNonZeroWithOneLineNamingThem(string arguments, string expected)
    {
        var (exit, output, error) = await Run($"staffing simulate --calls 30 --interval-seconds 1800 --aht-seconds 900 {arguments}");

        Assert.NotEqual(0, exit);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.TrimEnd());
    }

    [Fact]
    public async Task SimulateRota_RotaFile_PrintsEachDayPredictedAndSimulated()
    {
        // Monday and Tuesday open, seven trained listeners each day (the default profile's busiest half-hour is 5.8 erlangs).
        var staff = Enumerable.Range(1, 7).Select(i => Solver.TinyRota.Listener($"l{i}")).ToList();
        var problem = Solver.TinyRota.Problem(staff, Solver.TinyRota.Open("09:00", "20:00", 0, 1));
        var rota = staff.SelectMany(s => new[] { Solver.TinyRota.Shift(s.Id, 0, "09:00", "19:00"), Solver.TinyRota.Shift(s.Id, 1, "10:00", "20:00") }).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"simulate-rota-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, Scheduler.Api.Rostering.RotaDocument.Write(problem, rota));
        try
        {
            var (exit, output, _) = await Run($"staffing simulate-rota {path} --seed 4");

            Assert.Equal(0, exit);
            var json = JsonDocument.Parse(output).RootElement;
            Assert.Equal(["runs", "handling", "patienceSeconds", "callsFrom", "targetSeconds", "days"], json.EnumerateObject().Select(p => p.Name));
            Assert.Equal((20, "lognormal", 180.0, "default-3133-profile"), (json.GetProperty("runs").GetInt32(), json.GetProperty("handling").GetString(), json.GetProperty("patienceSeconds").GetDouble(), json.GetProperty("callsFrom").GetString()));
            var days = json.GetProperty("days").EnumerateArray().ToList();
            Assert.Equal(["2026-03-02", "2026-03-03"], days.Select(d => d.GetProperty("date").GetString()));
            // Monday's 09:00–19:00 leaves 19:00–20:00 without a listener: its callers are lost, and both figures see it.
            var monday = days[0];
            Assert.InRange(monday.GetProperty("predicted").GetDouble(), 0.6, 0.95);
            Assert.InRange(monday.GetProperty("abandonment").GetProperty("value").GetDouble(), 0.03, 0.5);
            Assert.Equal(["date", "expectedCalls", "predicted", "simulated", "abandonment", "predictionWithinInterval"], monday.EnumerateObject().Select(p => p.Name));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task SimulateRota_ProblemWithoutRota_ExitsWithOneLine()
    {
        var problem = Solver.TinyRota.Problem([Solver.TinyRota.Listener("a")], Solver.TinyRota.Open("09:00", "20:00", 0));
        var path = Path.Combine(Path.GetTempPath(), $"simulate-rota-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, Scheduler.Api.Rostering.RotaDocument.Write(problem));
        try
        {
            var (exit, output, error) = await Run($"staffing simulate-rota {path}");

            Assert.Equal((1, string.Empty), (exit, output));
            Assert.Equal($"{path}: no 'assignments' field; the file holds a problem, not a rota.", error.TrimEnd());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> Run(string args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(args.Split(' '), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
