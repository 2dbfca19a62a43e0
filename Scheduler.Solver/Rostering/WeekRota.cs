using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>One week's rota and what the week's model charges for it.</summary>
internal sealed record WeekRota(IReadOnlyList<Assignment> Assignments, IReadOnlyDictionary<string, long> Terms);

/// <summary>Putting weeks planned one by one together into a horizon.</summary>
internal static class WeekRotas
{
    /// <summary>
    /// The horizon's terms from the weeks': every term adds up over the weeks except fairness, whose last week already
    /// spans the whole horizon (it counts the earlier weeks as carried history).
    /// </summary>
    public static (double Objective, Dictionary<string, long> Terms) Combine(IReadOnlyList<WeekRota> weeks)
    {
        var terms = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var w = 0; w < weeks.Count; w++)
        {
            foreach (var (term, value) in weeks[w].Terms)
            {
                if (!IsFairness(term))
                {
                    terms[term] = terms.GetValueOrDefault(term) + value;
                }
                else if (w == weeks.Count - 1)
                {
                    terms[term] = value;
                }
            }
        }

        return (terms.Values.Sum(), terms);
    }

    private static bool IsFairness(string term) =>
        term is SoftTermNames.FairWeekends or SoftTermNames.FairLateShifts or SoftTermNames.FairHolidays;

    public static List<Assignment> Flatten(IEnumerable<WeekRota> weeks) => [.. weeks.SelectMany(w => w.Assignments)];

    /// <summary>The week before, a week later (people absent or days closed dropped).</summary>
    public static List<Assignment> Repeat(RotaProblem problem, IEnumerable<Assignment> weekBefore)
    {
        var open = problem.Opening.Select(o => o.Date).ToHashSet();
        var staff = problem.Staff.ToDictionary(s => s.Id);
        return [.. weekBefore.Select(a => a with { Date = a.Date.PlusDays(7) }).Where(a => open.Contains(a.Date) && staff[a.StaffId].IsAvailableOn(a.Date))];
    }
}
