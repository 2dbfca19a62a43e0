using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation;

/// <summary>A person's horizon as maximal runs of working dates and of dates off, with the shift definitions worked.</summary>
internal static class WorkRuns
{
    public sealed record Run(bool Working, LocalDate First, int Length, bool TouchesEdge)
    {
        public LocalDate Last => First.PlusDays(Length - 1);
    }

    /// <summary>The runs of the horizon in date order; a run touching its first or last date is marked.</summary>
    public static IReadOnlyList<Run> Of(ValidationContext context, StaffMember person)
    {
        var worked = context.ShiftsOf(person.Id).Select(a => a.Date).ToHashSet();
        var dates = context.Problem.Dates.ToList();
        var runs = new List<Run>();
        var start = 0;
        for (var i = 1; i <= dates.Count; i++)
        {
            if (i == dates.Count || worked.Contains(dates[i]) != worked.Contains(dates[start]))
            {
                runs.Add(new Run(worked.Contains(dates[start]), dates[start], i - start, start == 0 || i == dates.Count));
                start = i;
            }
        }

        return runs;
    }

    /// <summary>The shift definition a worked shift is, by its start and end, or null.</summary>
    public static ShiftDefinition? DefinitionOf(ValidationContext context, Assignment shift) =>
        context.Problem.Shifts.FirstOrDefault(d => d.Matches(shift));
}
