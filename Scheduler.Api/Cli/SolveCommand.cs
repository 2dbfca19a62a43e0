using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Rostering;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Validation;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>solve (--scenario 3133 --start MONDAY --weeks N | --problem FILE) [--time-limit 30] [--seed 1] [--workers 2] [--output FILE]</c>:
/// plans a rota, prints one JSON summary line and writes the problem with its rota to the output file.
/// Exit codes: 0 a rota was found, 1 none (infeasible, or no rota within the time), 2 bad arguments or input.
/// </summary>
public static class SolveCommand
{
    public const string Scenario3133 = "3133";

    public static Command Create(TextWriter output)
    {
        var scenario = new Option<string?>("--scenario") { Description = "A built-in problem: 3133 (the platform of DESIGN.md, default demand)." };
        var problemFile = new Option<string?>("--problem") { Description = "A problem file (JSON, see README) instead of a scenario." };
        var start = new Option<string?>("--start") { Description = "With --scenario: the first Monday, yyyy-MM-dd." };
        var weeks = new Option<int?>("--weeks") { Description = "With --scenario: whole weeks to plan, 1 to 6." };
        var timeLimit = new Option<double>("--time-limit") { Description = "Budget in deterministic units, about a second each on 2 cores (wall seconds with --wall-clock).", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "CP-SAT's random seed.", DefaultValueFactory = _ => 1 };
        var workers = new Option<int>("--workers") { Description = "CP-SAT workers (the number of cores).", DefaultValueFactory = _ => 2 };
        var outputFile = new Option<string?>("--output") { Description = "Where to write the problem and its rota (JSON)." };
        var wallClock = new Option<bool>("--wall-clock") { Description = "Budget the solve in wall seconds: it ends at the time limit, but the rota can vary from run to run with the machine's load." };
        var trace = new Option<bool>("--trace") { Description = "Print every new best rota to standard error as it is found (time, phase, objective, gap)." };
        var aheadFile = new Option<string?>("--plan-ahead") { Description = "A problem file of the same platform over more weeks from the same Monday: the period is planned as its first weeks (see README)." };
        var command = new Command("solve", "Plan a rota with CP-SAT and print a JSON summary.")
        {
            scenario, problemFile, start, weeks, timeLimit, seed, workers, wallClock, outputFile, aheadFile, trace,
        };
        command.SetAction(async (parse, ct) =>
        {
            var problem = await LoadAsync(parse.GetValue(scenario), parse.GetValue(problemFile), parse.GetValue(start), parse.GetValue(weeks), ct);
            var options = Options(parse.GetValue(timeLimit), parse.GetValue(seed), parse.GetValue(workers), parse.GetValue(wallClock));
            var ahead = parse.GetValue(aheadFile) is { } aheadPath ? await ReadAsync(aheadPath, ct) : null;
            var progress = parse.GetValue(trace) ? new SynchronousProgress(e => Console.Error.WriteLine(SynchronousProgress.Line(e))) : null;
            return await RunAsync(problem, options, parse.GetValue(outputFile), output, ct, ahead, progress);
        });
        return command;
    }

    /// <param name="ahead">The platform over more weeks, to plan the period as their first weeks (<see cref="PlanAhead"/>), or null.</param>
    /// <param name="progress">Told of every new best rota (<c>--trace</c>), or null.</param>
    public static async Task<int> RunAsync(RotaProblem problem, SolverOptions options, string? outputPath, TextWriter output, CancellationToken ct, RotaProblem? ahead = null,
        IProgress<SolveProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(output);
        var solution = ahead is null ? RotaSolver.Solve(problem, options, progress, ct) : PlanAhead.Solve(problem, ahead, options, progress, ct);
        var head = SolveSummary.Head(solution);
        if (outputPath is not null)
        {
            try
            {
                await File.WriteAllTextAsync(outputPath, RotaDocument.Write(problem, solution.Assignments, head), ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new CommandLineException($"solve: cannot write {outputPath} ({e.Message.ReplaceLineEndings(" ")})");
            }
        }

        var report = RotaReport.Build(problem, solution.Assignments);
        var line = new JsonObject
        {
            ["status"] = solution.Status.ToString(),
            ["objective"] = solution.Objective,
            ["bestBound"] = solution.BestBound,
            ["boundSource"] = solution.BoundSource,
            ["gap"] = solution.Gap is { } g ? Math.Round(g, 4) : null,
            ["wallSeconds"] = Math.Round(solution.WallSeconds, 2),
            ["assignments"] = solution.Assignments.Count,
            ["violations"] = RotaValidator.Validate(problem, solution.Assignments).Count,
            ["uncoveredListenerHalfHours"] = report.Coverage.Sum(c => c.Shortfall),
        };
        if (head["explanation"] is { } explanation)
        {
            line["explanation"] = explanation.DeepClone();
            line["shortages"] = head["shortages"]!.DeepClone();
        }

        await output.WriteLineAsync(line.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        return solution.Assignments.Count > 0 ? 0 : 1;
    }

    /// <summary>The 3133 platform with the staffing engine's default demand (Erlang C on the default weekly profile).</summary>
    public static RotaProblem Scenario(LocalDate start, int weeks)
    {
        var problem = PlatformScenarios.Create3133(start, weeks, []);
        return problem with { Demand = DemandSlotBuilder.Build(Line3133Defaults.Profile, problem.Opening, Line3133Defaults.PhoneChannel) };
    }

    private static async Task<RotaProblem> ReadAsync(string problemPath, CancellationToken ct)
    {
        try
        {
            return RotaDocument.Read(await File.ReadAllTextAsync(problemPath, ct)).Problem;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CommandLineException($"solve: cannot read {problemPath} ({e.Message.ReplaceLineEndings(" ")})");
        }
        catch (RotaFormatException e)
        {
            throw new CommandLineException($"solve: {problemPath}: {e.Message}");
        }
    }

    private static async Task<RotaProblem> LoadAsync(string? scenario, string? problemPath, string? start, int? weeks, CancellationToken ct)
    {
        if ((scenario is null) == (problemPath is null))
        {
            throw new CommandLineException("solve: give either --scenario 3133 or --problem FILE.");
        }

        if (problemPath is not null)
        {
            if (start is not null || weeks is not null)
            {
                throw new CommandLineException("solve: --start and --weeks come from the problem file; leave them out with --problem.");
            }

            return await ReadAsync(problemPath, ct);
        }

        if (scenario != Scenario3133)
        {
            throw new CommandLineException($"solve: --scenario '{scenario}' is unknown; the built-in scenario is {Scenario3133}.");
        }

        var parsed = start is null ? null : LocalDatePattern.Iso.Parse(start);
        if (parsed is not { Success: true } || parsed.Value.DayOfWeek != IsoDayOfWeek.Monday)
        {
            throw new CommandLineException($"solve: --start must be a Monday as yyyy-MM-dd (got '{start}').");
        }

        if (weeks is not (>= 1 and <= 6))
        {
            throw new CommandLineException($"solve: --weeks must be from 1 to 6 (got '{weeks}').");
        }

        return Scenario(parsed.Value, weeks.Value);
    }

    private static SolverOptions Options(double timeLimit, int seed, int workers, bool wallClock)
    {
        if (!double.IsFinite(timeLimit) || timeLimit <= 0 || timeLimit > 3600)
        {
            throw new CommandLineException("solve: --time-limit must be more than 0 and at most 3600 seconds.");
        }

        if (workers is < 1 or > 64)
        {
            throw new CommandLineException("solve: --workers must be from 1 to 64.");
        }

        return new SolverOptions
        {
            TimeLimit = TimeSpan.FromSeconds(timeLimit),
            DeterministicTimeLimit = wallClock ? null : timeLimit,
            Seed = seed,
            Workers = workers,
        };
    }
}
