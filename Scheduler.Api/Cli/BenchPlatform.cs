using NodaTime;
using NodaTime.Text;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;

namespace Scheduler.Api.Cli;

/// <summary>
/// The platform a solver benchmark plans: 24 people = the 3133 scenario exactly as <c>solve --scenario 3133</c> plans it
/// (the staffing engine's default demand), else a synthetic one.
/// </summary>
internal static class BenchPlatform
{
    /// <summary>The problem, or a one-line error naming the verb when an option is out of range.</summary>
    public static RotaProblem Create(string verb, int staff, int weeks, string start)
    {
        var parsed = LocalDatePattern.Iso.Parse(start);
        if (!parsed.Success || parsed.Value.DayOfWeek != IsoDayOfWeek.Monday || staff < 4 || weeks is < 1 or > 6)
        {
            throw new CommandLineException($"bench {verb}: --start must be a Monday (yyyy-MM-dd), --staff at least 4, --weeks 1 to 6.");
        }

        if (staff == 24)
        {
            return SolveCommand.Scenario(parsed.Value, weeks);
        }

        var managers = Math.Max(3, (int)Math.Round(staff * 3 / 24.0));
        return PlatformScenarios.Synthetic(staff - managers, managers, parsed.Value, weeks);
    }
}
