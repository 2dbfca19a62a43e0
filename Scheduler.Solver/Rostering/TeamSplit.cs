using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// A large platform's week cut into teams of about the 3133's size, each planned alone: people are dealt round-robin
/// within each (role, contract hours) class so the teams look alike, and each team takes its share of the need. Every
/// team keeps the floor minimums on its own, so the teams' rotas together keep every hard rule of the whole week (the
/// per-person rules are per person; the floor is only over-met). A team-sized model is one CP-SAT solves in seconds.
/// </summary>
internal static class TeamSplit
{
    /// <summary>People per team: the 3133's size, which a week's model handles well.</summary>
    public const int TeamSize = 24;

    /// <summary>The teams of <paramref name="week"/>, or the week itself when it is small.</summary>
    public static IReadOnlyList<RotaProblem> Split(RotaProblem week)
    {
        var count = TeamCount(week);
        if (count < 2)
        {
            return [week];
        }

        // Dealt class by class from team 0, so the teams past the remainders are alike (same classes, same sizes), and one
        // team's rota maps onto each of them (see Map).
        var teamOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var members in week.Staff.GroupBy(ClassOf).OrderByDescending(c => c.Count()))
        {
            var dealt = 0;
            foreach (var person in members)
            {
                teamOf[person.Id] = dealt++ % count;
            }
        }

        var teams = new List<RotaProblem>();
        for (var t = 0; t < count; t++)
        {
            var team = t;
            bool InTeam(Assignment a) => teamOf.TryGetValue(a.StaffId, out var of) && of == team;
            teams.Add(week with
            {
                Staff = [.. week.Staff.Where(s => teamOf[s.Id] == team)],
                Demand = Share(week.Demand, team, count),
                History = [.. week.History.Where(InTeam)],
                Reference = [.. week.Reference.Where(InTeam)],
                Pinned = [.. week.Pinned.Where(InTeam)],
            });
        }

        return teams;
    }

    /// <summary>
    /// How many teams: one per <see cref="TeamSize"/> people, but never more than the managers and trained listeners allow
    /// for each team to keep the floor alone (the 3133 does it with 3 managers and 21 listeners).
    /// </summary>
    public static int TeamCount(RotaProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var managers = problem.Staff.Count(s => s.Role == StaffRole.Manager);
        var listeners = problem.Staff.Count(s => s.Role == StaffRole.Listener && s.IsTrained);
        var byManagers = problem.Rules.MinManagersOnDuty > 0 ? managers / (3 * problem.Rules.MinManagersOnDuty) : int.MaxValue;
        var byListeners = problem.Rules.MinTrainedListenersOnDuty > 0 ? listeners / (6 * problem.Rules.MinTrainedListenersOnDuty) : int.MaxValue;
        return Math.Min(problem.Staff.Count / TeamSize, Math.Min(byManagers, byListeners));
    }

    /// <summary>
    /// <paramref name="from"/>'s rota given to <paramref name="to"/>'s people, member for member within each class of
    /// interchangeable people; null when the teams are not made of the same classes in the same numbers.
    /// </summary>
    public static List<Assignment>? Map(RotaProblem from, IReadOnlyList<Assignment> rota, RotaProblem to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(rota);
        ArgumentNullException.ThrowIfNull(to);
        var source = from.Staff.GroupBy(ClassOf).ToDictionary(c => c.Key, c => c.ToList());
        var target = to.Staff.GroupBy(ClassOf).ToDictionary(c => c.Key, c => c.ToList());
        if (source.Count != target.Count || source.Any(c => !target.TryGetValue(c.Key, out var t) || t.Count != c.Value.Count))
        {
            return null;
        }

        var takesFrom = source.SelectMany(c => c.Value.Zip(target[c.Key], (s, t) => (s.Id, To: t.Id))).ToDictionary(p => p.Id, p => p.To, StringComparer.Ordinal);
        return [.. rota.Where(a => takesFrom.ContainsKey(a.StaffId)).Select(a => a with { StaffId = takesFrom[a.StaffId] })];
    }

    /// <summary>The team's classes and their sizes: teams with the same signature can take each other's rota.</summary>
    public static string Signature(RotaProblem team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return string.Join(';', team.Staff.GroupBy(ClassOf).Select(c => $"{c.Key}×{c.Count()}").Order(StringComparer.Ordinal));
    }

    /// <summary>Interchangeable people share a class: same role, contract and skills, and no dates of their own.</summary>
    public static string ClassOf(StaffMember person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Absences.Count > 0 || person.Preferences.Count > 0
            ? $"own:{person.Id}"
            : $"{person.Role}|{person.Contract}|{person.IsTrained}|{person.QualifiedUntil}|{person.CarriedMinutes}|{string.Join(',', person.Channels.Order(StringComparer.Ordinal))}";
    }

    /// <summary>Team <paramref name="team"/>'s share of each slot's need; the remainders rotate over the teams slot by slot.</summary>
    private static List<DemandSlot> Share(IReadOnlyList<DemandSlot> demand, int team, int count)
    {
        var share = new List<DemandSlot>(demand.Count);
        for (var n = 0; n < demand.Count; n++)
        {
            var need = demand[n].RequiredListeners;
            var extra = ((team + n) % count) < (need % count) ? 1 : 0;
            share.Add(demand[n] with { RequiredListeners = (need / count) + extra });
        }

        return share;
    }
}
