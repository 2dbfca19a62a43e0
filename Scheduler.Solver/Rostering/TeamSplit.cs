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
        ArgumentNullException.ThrowIfNull(week);
        var count = week.Staff.Count / TeamSize;
        if (count < 2)
        {
            return [week];
        }

        var teamOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var dealt = 0;
        foreach (var person in week.Staff.OrderBy(s => s.Role).ThenBy(s => s.Contract.WeeklyMinutes))
        {
            teamOf[person.Id] = dealt++ % count;
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
