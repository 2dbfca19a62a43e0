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

    /// <summary>
    /// The week before as candidates for the next week: first rotated (each interchangeable person takes the next one's
    /// week, so weekends and late shifts move round), then repeated as is. People absent or days closed are dropped.
    /// </summary>
    public static IEnumerable<List<Assignment>> Repeats(RotaProblem problem, IReadOnlyList<Assignment> weekBefore)
    {
        var open = problem.Opening.Select(o => o.Date).ToHashSet();
        var staff = problem.Staff.ToDictionary(s => s.Id);
        List<Assignment> Next(Func<string, string> takesFrom) =>
            [.. problem.Staff.SelectMany(s => weekBefore.Where(a => a.StaffId == takesFrom(s.Id)).Select(a => a with { StaffId = s.Id, Date = a.Date.PlusDays(7) }))
                .Where(a => open.Contains(a.Date) && staff[a.StaffId].IsAvailableOn(a.Date))];

        var rotation = Rotation(problem);
        if (rotation.Count > 0)
        {
            yield return Next(id => rotation.GetValueOrDefault(id, id));
        }

        yield return Next(id => id);
    }

    /// <summary>Whose week each interchangeable person takes: the next one of the same role, contract, skills and no personal dates.</summary>
    private static Dictionary<string, string> Rotation(RotaProblem problem)
    {
        var rotation = new Dictionary<string, string>(StringComparer.Ordinal);
        var classes = problem.Staff
            .Where(s => s.Absences.Count == 0 && s.Preferences.Count == 0)
            .GroupBy(s => (s.Role, s.Contract, s.IsTrained, s.QualifiedUntil, Channels: string.Join(',', s.Channels.Order(StringComparer.Ordinal))));
        foreach (var members in classes.Select(c => c.ToList()).Where(c => c.Count > 1))
        {
            for (var k = 0; k < members.Count; k++)
            {
                rotation[members[k].Id] = members[(k + 1) % members.Count].Id;
            }
        }

        return rotation;
    }

    /// <summary>The rota's exact terms, week after week on each week's model (the whole horizon's is too large to build).</summary>
    /// <param name="exactTargets">False to keep full-timers' weekly band (see <see cref="WeekSolver.WeekProblem"/>).</param>
    public static SolutionSnapshot? Evaluate(RotaProblem problem, IReadOnlyList<Assignment> rota, CpSatRun run, bool exactTargets = true)
    {
        var weeks = new List<WeekRota>();
        for (var w = 0; w < problem.Weeks; w++)
        {
            var first = problem.Start.PlusDays(7 * w);
            var mine = rota.Where(a => a.Date >= first && a.Date < first.PlusDays(7)).ToList();
            // A one-week horizon has no total to keep, only the band: held to the target, a legal week of 175 listeners
            // laid from the columns was refused, and its repair found nothing in time.
            if (WeekSolver.Evaluate(problem, w, Flatten(weeks), mine, run, exactTargets && problem.Weeks > 1) is not { } week)
            {
                return null;
            }

            weeks.Add(week);
        }

        var (objective, terms) = Combine(weeks);
        return new SolutionSnapshot([], objective, terms, Flatten(weeks));
    }
}
