using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Scheduler.Solver.Rostering;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench rota --staff N --weeks W [--time-limit 60]</c>: solves a synthetic platform (24 people = the 3133 scenario)
/// and prints time to the first rota, objective and gap at 10 s / 30 s / 60 s, final status and peak memory.
/// <c>bench rota --targets</c> runs each <see cref="SpeedTarget"/> instead and prints it against what it asks.
/// </summary>
public static class BenchRotaCommand
{
    private static readonly double[] Checkpoints = [10, 30, 60];
    private static readonly string[] LeadingHeaders = ["staff", "weeks", "first rota (s)"];
    private static readonly string[] TrailingHeaders = ["final obj (gap)", "status", "wall (s)", "cpu (s)", "peak memory (MB)"];

    public static Command Create(TextWriter output)
    {
        var staff = new Option<int>("--staff") { Description = "People on the platform (24 = the 3133 scenario: 21 listeners, 3 managers).", DefaultValueFactory = _ => 24 };
        var weeks = new Option<int>("--weeks") { Description = "Weeks to plan (1 to 6).", DefaultValueFactory = _ => 4 };
        var timeLimit = new Option<double>("--time-limit") { Description = "Wall-clock budget in seconds.", DefaultValueFactory = _ => 60 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var workers = new Option<int>("--workers") { DefaultValueFactory = _ => 2 };
        var start = new Option<string>("--start") { Description = "First Monday (yyyy-MM-dd).", DefaultValueFactory = _ => "2026-03-02" };
        var strategy = new Option<SolveStrategy>("--strategy") { Description = "Auto, Monolithic or WeekByWeek.", DefaultValueFactory = _ => SolveStrategy.Auto };
        var trace = new Option<bool>("--trace") { Description = "Print every new best rota as it is found (phase, time, objective, gap)." };
        var deterministic = new Option<bool>("--deterministic") { Description = "Budget in CP-SAT deterministic units instead of wall seconds (load-independent)." };
        var targets = new Option<bool>("--targets") { Description = "Run the speed targets (the 3133 over 4 weeks in 30 s, 200 people over 4 weeks in 60 s) and print each against its target." };
        var command = new Command("rota", "Benchmark the rota solver on a synthetic platform.") { staff, weeks, timeLimit, seed, workers, start, strategy, trace, deterministic, targets };
        command.SetAction((parse, ct) => Task.FromResult(parse.GetValue(targets) ? RunTargets(output, parse.GetValue(seed), parse.GetValue(workers), parse.GetValue(start)!, ct) : Run(
            output,
            parse.GetValue(staff),
            parse.GetValue(weeks),
            parse.GetValue(timeLimit),
            parse.GetValue(seed),
            parse.GetValue(workers),
            parse.GetValue(start)!,
            new Tuning(parse.GetValue(strategy), parse.GetValue(trace), parse.GetValue(deterministic)),
            ct)));
        return command;
    }

    /// <summary>How the bench runs the solver: the strategy, and whether to print progress as it comes.</summary>
    private sealed record Tuning(SolveStrategy Strategy, bool Trace, bool Deterministic);

    /// <summary>Each speed target solved in turn, one row each: what it asks, what was measured, met or missed.</summary>
    private static int RunTargets(TextWriter output, int seed, int workers, string start, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine("target | budget (s) | needed | first rota (s) | objective | bound | gap | verdict | wall (s) | peak memory so far (MB)");
        var solved = true;
        foreach (var target in SpeedTarget.All)
        {
            var problem = BenchPlatform.Create("rota", target.Staff, target.Weeks, start);
            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(target.TimeLimit), Workers = workers, Seed = seed };
            var solution = RotaSolver.Solve(problem, options, null, ct);
            solved &= solution.Status is SolveStatus.Optimal or SolveStatus.Feasible;
            output.WriteLine(string.Join(" | ", new[]
            {
                target.Name,
                target.TimeLimit.ToString("0", inv),
                target.Needed(),
                solution.FirstSolutionSeconds?.ToString("0.00", inv) ?? "-",
                solution.Objective?.ToString("0", inv) ?? "-",
                solution.BestBound is { } bound ? string.Create(inv, $"{bound:0} ({solution.BoundSource})") : "-",
                solution.Gap is { } gap ? string.Create(inv, $"{gap:P1}") : "-",
                target.Verdict(solution.FirstSolutionSeconds, solution.Gap),
                solution.WallSeconds.ToString("0.0", inv),
                BenchRunner.PeakMegabytes().ToString("0", inv),
            }));
        }

        return solved ? 0 : 1;
    }

    private static int Run(TextWriter output, int staff, int weeks, double timeLimit, int seed, int workers, string start, Tuning tuning, CancellationToken ct)
    {
        var problem = BenchPlatform.Create("rota", staff, weeks, start);
        var events = new List<SolveProgress>();
        var inv = CultureInfo.InvariantCulture;
        var progress = new SynchronousProgress(e =>
        {
            events.Add(e);
            if (tuning.Trace)
            {
                output.WriteLine(SynchronousProgress.Line(e));
            }
        });
        var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(timeLimit), Workers = workers, Seed = seed, Strategy = tuning.Strategy };
        if (tuning.Deterministic)
        {
            options = options with { DeterministicTimeLimit = timeLimit };
        }

        var solution = RotaSolver.Solve(problem, options, progress, ct);

        var columns = Checkpoints.Where(c => c <= timeLimit + 0.5).ToList();
        output.WriteLine(string.Join(" | ", LeadingHeaders
            .Concat(columns.Select(c => string.Create(inv, $"obj @{c:0}s (gap)")))
            .Concat(TrailingHeaders)));
        var cells = new List<string> { staff.ToString(inv), weeks.ToString(inv), solution.FirstSolutionSeconds?.ToString("0.00", inv) ?? "-" };
        foreach (var c in columns)
        {
            var at = events.LastOrDefault(e => e.ElapsedSeconds <= c);
            cells.Add(at is null ? "-" : string.Create(inv, $"{at.Objective:0} ({at.Gap:P1})"));
        }

        cells.Add(solution.Objective is { } obj ? string.Create(inv, $"{obj:0} ({solution.Gap ?? 1:P1})") : "-");
        cells.Add(solution.Status.ToString());
        cells.Add(solution.WallSeconds.ToString("0.0", inv));
        using var process = Process.GetCurrentProcess();
        cells.Add(process.TotalProcessorTime.TotalSeconds.ToString("0.0", inv));
        cells.Add(BenchRunner.PeakMegabytes().ToString("0", inv));
        output.WriteLine(string.Join(" | ", cells));
        output.WriteLine(string.Join(", ", solution.Terms.Select(t => string.Create(inv, $"{t.Key}={t.Value}"))));
        output.WriteLine(string.Create(inv, $"bound {solution.BestBound?.ToString("0", inv) ?? "-"} ({solution.BoundSource ?? "none"})"));
        return solution.Status is SolveStatus.Optimal or SolveStatus.Feasible ? 0 : 1;
    }
}
