using System.CommandLine;
using System.Globalization;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Validation;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench replan --staff N --weeks W [--time-limit 30] [--sick-days 3]</c>: plans the platform of <c>bench rota</c> and
/// takes it as published; a listener who works the second week's Tuesday (the first's on one week) then falls sick for
/// some days, and the platform is re-planned with the same budget. Prints how much of the published rota changed and
/// how many half-hours are short: what a manager sees after a re-plan.
/// </summary>
public static class BenchReplanCommand
{
    private static readonly string[] Headers =
        ["staff", "weeks", "sick days", "published obj", "short if unchanged", "re-plan obj (gap)", "changed shifts", "breaks moved", "short after", "violations", "status", "wall (s)"];

    public static Command Create(TextWriter output)
    {
        var staff = new Option<int>("--staff") { Description = "People on the platform (24 = the 3133 scenario).", DefaultValueFactory = _ => 24 };
        var weeks = new Option<int>("--weeks") { Description = "Weeks to plan (1 to 6).", DefaultValueFactory = _ => 4 };
        var timeLimit = new Option<double>("--time-limit") { Description = "Wall-clock budget in seconds, for the plan and again for the re-plan.", DefaultValueFactory = _ => 30 };
        var sickDays = new Option<int>("--sick-days") { Description = "Consecutive days the listener is off sick (1 to 7).", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var workers = new Option<int>("--workers") { DefaultValueFactory = _ => 2 };
        var start = new Option<string>("--start") { Description = "First Monday (yyyy-MM-dd).", DefaultValueFactory = _ => "2026-03-02" };
        var command = new Command("replan", "Benchmark a re-plan after a listener falls sick.") { staff, weeks, timeLimit, sickDays, seed, workers, start };
        command.SetAction((parse, ct) =>
        {
            var problem = BenchPlatform.Create("replan", parse.GetValue(staff), parse.GetValue(weeks), parse.GetValue(start)!);
            if (parse.GetValue(sickDays) is < 1 or > 7)
            {
                throw new CommandLineException("bench replan: --sick-days must be 1 to 7.");
            }

            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeLimit)), Workers = parse.GetValue(workers), Seed = parse.GetValue(seed) };
            return Task.FromResult(Run(output, problem, parse.GetValue(sickDays), options, ct));
        });
        return command;
    }

    private static int Run(TextWriter output, RotaProblem problem, int sickDays, SolverOptions options, CancellationToken ct)
    {
        var published = RotaSolver.Solve(problem, options, null, ct);
        var tuesday = problem.Start.PlusDays(problem.Weeks > 1 ? 8 : 1);
        var listeners = problem.Staff.Where(s => s.Role == StaffRole.Listener).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (published.Assignments.FirstOrDefault(a => a.Date == tuesday && listeners.Contains(a.StaffId)) is not { } shift)
        {
            throw new CommandLineException("bench replan: no rota to re-plan (no listener works the Tuesday); try a longer --time-limit.");
        }

        var last = NodaTime.LocalDate.Min(tuesday.PlusDays(sickDays - 1), problem.Start.PlusDays((7 * problem.Weeks) - 1));
        var staff = problem.Staff.Select(s => s.Id == shift.StaffId ? s with { Absences = [.. s.Absences, new Absence(tuesday, last, AbsenceKind.Sickness)] } : s).ToList();
        var replan = problem with { Staff = staff, Reference = published.Assignments };
        var unchanged = published.Assignments.Where(a => !(a.StaffId == shift.StaffId && a.Date >= tuesday && a.Date <= last)).ToList();
        var solution = RotaSolver.Solve(replan, options, null, ct);

        var inv = CultureInfo.InvariantCulture;
        // Changed as the change term and the service's re-plan count them; breaks moved on shifts kept as they were.
        var changed = ShiftChanges.Diff(published.Assignments, solution.Assignments).Count();
        var after = solution.Assignments.ToDictionary(a => (a.StaffId, a.Date));
        var breaksMoved = published.Assignments.Count(b => after.TryGetValue((b.StaffId, b.Date), out var a) && a.Start == b.Start && a.End == b.End && a.BreakStart != b.BreakStart);
        output.WriteLine(string.Join(" | ", Headers));
        output.WriteLine(string.Join(" | ", new[]
        {
            problem.Staff.Count.ToString(inv),
            problem.Weeks.ToString(inv),
            (NodaTime.Period.Between(tuesday, last, NodaTime.PeriodUnits.Days).Days + 1).ToString(inv),
            published.Objective?.ToString("0", inv) ?? "-",
            Short(replan, unchanged).ToString(inv),
            solution.Objective is { } objective ? string.Create(inv, $"{objective:0} ({solution.Gap ?? 1:P1})") : "-",
            changed.ToString(inv),
            breaksMoved.ToString(inv),
            Short(replan, solution.Assignments).ToString(inv),
            RotaValidator.Validate(replan, solution.Assignments).Count.ToString(inv),
            solution.Status.ToString(),
            solution.WallSeconds.ToString("0.0", inv),
        }));
        output.WriteLine(string.Join(", ", solution.Terms.Select(t => string.Create(inv, $"{t.Key}={t.Value}"))));
        return solution.Status is SolveStatus.Optimal or SolveStatus.Feasible ? 0 : 1;
    }

    /// <summary>Half-hours short of the need, summed over listeners missing (as <c>solve</c> prints them).</summary>
    private static int Short(RotaProblem problem, IReadOnlyList<Assignment> rota) => RotaReport.Build(problem, rota).Coverage.Sum(c => c.Shortfall);
}
