using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PublicHoliday;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>bench weekly [--weeks 6] [--time-limit 20] [--seed 1] [--start 2026-03-02]</c>: the 3133 scenario planned one week
/// at a time, as the service's one-week rotas are, each week's rota the next one's history (fairness counting the four
/// weeks before, as the service does). Per week: the objective, the runs of three weekends, how many people work the
/// weekend and how many of them one day only; then the terms over all the weeks.
/// </summary>
public static class BenchWeeklyCommand
{
    public static Command Create(TextWriter output)
    {
        var weeks = new Option<int>("--weeks") { Description = "Weeks planned one after the other.", DefaultValueFactory = _ => 6 };
        var timeLimit = new Option<double>("--time-limit") { Description = "Wall-clock seconds per week (the service's default is 20).", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var start = new Option<string>("--start") { Description = "First Monday (yyyy-MM-dd).", DefaultValueFactory = _ => "2026-03-02" };
        var command = new Command("weekly", "The 3133 planned one week at a time, each week after the last: weekend runs, people on the weekends, terms.")
        {
            weeks, timeLimit, seed, start,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(weeks) is < 1 or > 52 || parse.GetValue(timeLimit) <= 0)
            {
                throw new CommandLineException("bench weekly: --weeks must be 1 to 52 and --time-limit above 0.");
            }

            if (!LocalDatePattern.Iso.Parse(parse.GetValue(start)!).TryGetValue(default, out var first) || first.DayOfWeek != IsoDayOfWeek.Monday)
            {
                throw new CommandLineException("bench weekly: --start must be a Monday written yyyy-MM-dd.");
            }

            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeLimit)), Seed = parse.GetValue(seed) };
            var history = new List<Assignment>();
            var totals = new SortedDictionary<string, long>(StringComparer.Ordinal);
            await output.WriteLineAsync("week        objective  under-coverage  runs of 3  on the weekend  one day only  seconds");
            for (var k = 0; k < parse.GetValue(weeks); k++)
            {
                var monday = first.PlusWeeks(k);
                var solution = RotaSolver.Solve(Week(monday, history), options, cancellationToken: cancellationToken);
                history.AddRange(solution.Assignments);
                var weekend = solution.Assignments.Where(a => a.Date >= monday.PlusDays(5)).GroupBy(a => a.StaffId).ToList();
                var runs = solution.Terms.GetValueOrDefault(SoftTermNames.ConsecutiveWeekends) / Math.Max(1, SoftWeights.Default.ConsecutiveWeekends);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{monday:yyyy-MM-dd}  {solution.Objective,9}  {solution.Terms.GetValueOrDefault(SoftTermNames.UnderCoverage),14}  {runs,9}  {weekend.Count,14}  {weekend.Count(g => g.Count() == 1),12}  {solution.WallSeconds,7:0.0}"));
                foreach (var (term, cost) in solution.Terms)
                {
                    totals[term] = totals.GetValueOrDefault(term) + cost;
                }
            }

            await output.WriteLineAsync("terms over the weeks: " + string.Join(", ", totals.Where(t => t.Value != 0).Select(t => $"{t.Key} {t.Value}")));
            return 0;
        });
        return command;
    }

    /// <summary>The week from <paramref name="monday"/> after <paramref name="history"/>, its opening hours reaching back over the weeks fairness counts.</summary>
    private static RotaProblem Week(LocalDate monday, List<Assignment> history)
    {
        var asked = SolveCommand.Scenario(monday, 1);
        var from = monday.PlusWeeks(-4);
        var dates = Enumerable.Range(0, 35).Select(from.PlusDays).ToList();
        var holidays = new FrancePublicHoliday();
        return asked with
        {
            Opening = [.. dates.Select(d => new OpeningHours(d, PlatformScenarios.Open, PlatformScenarios.Close))],
            Holidays = dates.Where(d => holidays.IsPublicHoliday(d.ToDateTimeUnspecified())).ToHashSet(),
            History = [.. history.Where(a => a.Date >= monday.PlusWeeks(-asked.Rules.AverageWeeks))],
            FairnessFrom = from,
        };
    }
}
