using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using Scheduler.Solver.Benchmarks.ShiftScheduling;
using Scheduler.Solver.Rostering;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench shift-scheduling --instances DIR [--only 1-12] [--time-limit 60] [--workers 2] [--json] [--output OUTDIR]</c>:
/// solves the Curtois &amp; Qu instances (DIR/InstanceN.txt) with the product's rota engine through
/// <see cref="InstanceAdapter"/>, re-checks each rota with the independent evaluator, and compares with DIR/best-known.csv.
/// </summary>
public static class BenchShiftSchedulingCommand
{
    public static Command Create(TextWriter output)
    {
        var instances = new Option<string>("--instances") { Description = "Folder holding Instance1.txt … and best-known.csv.", Required = true };
        var only = new Option<string?>("--only") { Description = "Instance numbers: 1-12, or 1,3,7-9 (default: every InstanceN.txt in the folder)." };
        var timeLimit = new Option<double>("--time-limit") { Description = "Wall seconds per instance.", DefaultValueFactory = _ => 60 };
        var workers = new Option<int>("--workers") { Description = "CP-SAT workers (the number of cores).", DefaultValueFactory = _ => 2 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of the table." };
        var outputDir = new Option<string?>("--output") { Description = "Folder to write InstanceN.csv (employee,day,shift) into." };
        var parameters = new Option<string?>("--parameters") { Description = "Extra CP-SAT parameters, e.g. \"log_search_progress:true\" (a field named here replaces the solver's own)." };
        instances.Validators.Add(r => Check(r, Directory.Exists(r.GetValueOrDefault<string>()), "--instances must be an existing folder"));
        only.Validators.Add(r => Check(r, r.GetValueOrDefault<string?>() is not { } t || InstanceSelection.Parse(t) is not null, "--only must be numbers and ranges such as 1-5 or 1,3,7-9"));
        timeLimit.Validators.Add(r => Check(r, r.GetValueOrDefault<double>() is > 0 and < 86_400, "--time-limit must be more than 0 seconds"));
        parameters.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && CpSatParameterText.Problem(text) is { } problem)
            {
                r.AddError($"--parameters: {problem}");
            }
        });
        workers.Validators.Add(r => Check(r, r.GetValueOrDefault<int>() is >= 1 and <= 64, "--workers must be 1 to 64"));
        var command = new Command("shift-scheduling", "Solve the Curtois & Qu shift-scheduling instances with the rota engine and compare with the best known.")
        {
            instances, only, timeLimit, workers, json, outputDir, parameters,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            output,
            new Settings(parse.GetValue(instances)!, parse.GetValue(only), parse.GetValue(timeLimit), parse.GetValue(workers), parse.GetValue(json), parse.GetValue(outputDir), parse.GetValue(parameters) ?? string.Empty),
            ct)));
        return command;
    }

    private sealed record Settings(string Folder, string? Only, double TimeLimit, int Workers, bool Json, string? Output, string Parameters);

    private static void Check(OptionResult result, bool valid, string message)
    {
        if (result.Tokens.Count > 0 && !valid)
        {
            result.AddError($"{message} (got {string.Join(' ', result.Tokens.Select(t => t.Value))})");
        }
    }

    private static int Run(TextWriter output, Settings settings, CancellationToken ct)
    {
        var numbers = settings.Only is { } only ? InstanceSelection.Parse(only)! : Available(settings.Folder);
        var missing = numbers.Where(n => !File.Exists(PathOf(settings.Folder, n))).ToList();
        if (numbers.Count == 0 || missing.Count > 0)
        {
            throw new CommandLineException($"bench shift-scheduling: no Instance{(missing.Count > 0 ? missing[0] : 1)}.txt in {settings.Folder}.");
        }

        if (settings.Output is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var bestKnown = BestKnownTable.Read(Path.Combine(settings.Folder, "best-known.csv"));
        var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(settings.TimeLimit), Workers = settings.Workers, Seed = 1, Strategy = SolveStrategy.Monolithic, ExtraParameters = settings.Parameters };
        var rows = new List<ShiftSchedulingRow>();
        foreach (var n in numbers)
        {
            ct.ThrowIfCancellationRequested();
            var name = $"Instance{n}";
            var instance = Load(PathOf(settings.Folder, n), name);
            var watch = Stopwatch.StartNew();
            var result = InstanceSolve.Run(instance, options, ct);
            var wall = watch.Elapsed.TotalSeconds;
            if (settings.Output is { } outFolder && result.Evaluation is not null)
            {
                File.WriteAllText(Path.Combine(outFolder, $"{name}.csv"), SolutionCsv.Write(result.Assignments));
            }

            rows.Add(Row(instance, result, bestKnown.GetValueOrDefault(name), wall));
            if (!settings.Json)
            {
                // The table grows as instances finish, so a long run shows progress.
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {rows[^1].Status}, objective {rows[^1].Objective?.ToString(CultureInfo.InvariantCulture) ?? "-"} in {wall:0.0} s"));
            }
        }

        if (settings.Json)
        {
            ShiftSchedulingRow.WriteJson(output, rows);
        }
        else
        {
            ShiftSchedulingRow.WriteTable(output, rows);
        }

        return rows.Any(r => r.Error is not null) ? 1 : 0;
    }

    private static ShiftSchedulingRow Row(Instance instance, InstanceResult result, BestKnownTable.Entry? best, double wall)
    {
        var objective = result.Solution.Objective is { } o ? (long?)Math.Round(o) : null;
        var evaluated = result.Evaluation?.Objective;
        string? error = null;
        if (result.Disagrees)
        {
            var broken = result.Evaluation!.Violations.Select(v => v.Message).FirstOrDefault();
            error = broken ?? string.Create(CultureInfo.InvariantCulture, $"engine objective {objective} differs from the evaluator's {evaluated}");
        }

        double? gap = objective is { } found && best is { BestKnown: > 0 } b ? 100.0 * (found - b.BestKnown) / b.BestKnown : null;
        return new ShiftSchedulingRow(
            instance.Name, instance.Employees.Count, instance.Days, objective, evaluated, best?.BestKnown, best?.LowerBound, gap,
            result.Solution.Status.ToString(), wall, BenchRunner.PeakMegabytes(), error);
    }

    private static Instance Load(string path, string name)
    {
        try
        {
            return InstanceLoader.Parse(File.ReadAllText(path), name);
        }
        catch (InstanceFormatException e)
        {
            throw new CommandLineException($"bench shift-scheduling: {path}: {e.Message}");
        }
    }

    private static string PathOf(string folder, int n) => Path.Combine(folder, $"Instance{n}.txt");

    /// <summary>Every InstanceN.txt of the folder, by number.</summary>
    private static IReadOnlyList<int> Available(string folder) =>
        [.. Directory.EnumerateFiles(folder, "Instance*.txt")
            .Select(f => Path.GetFileNameWithoutExtension(f)["Instance".Length..])
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0)
            .Order()];
}
