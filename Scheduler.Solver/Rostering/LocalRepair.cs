using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// A re-plan of a platform too large for <see cref="ReplanRepair"/>'s model of the whole horizon (about 90 people over
/// 4 weeks): the people whose shifts changed and colleagues of theirs (same role and contract hours, a team of
/// <see cref="TeamSize"/> in all) are repaired as a platform of their own, against the need everyone else's published
/// shifts leave; everyone else keeps every shift. The residual need prices a team's cover as the whole platform's does
/// (a listener beyond the need costs over-coverage in both; one missing costs the same convex step), and the floors are
/// left to the others when they keep them in every half-hour alone. The whole rota is then checked by the validator and
/// its objective evaluated week by week on the platform.
/// </summary>
internal static class LocalRepair
{
    /// <summary>People repaired together: a team of the 3133's size, which the repair searches well.</summary>
    public const int TeamSize = TeamSplit.TeamSize;

    /// <summary>Seconds per person kept for evaluating the whole rota week by week (about 40 ms a person on 2 cores).</summary>
    private const double EvaluationPerPerson = 0.05;

    /// <summary>The repaired rota with its exact objective, or null when the repair found none or broke a rule of the platform.</summary>
    public static SolutionSnapshot? Solve(RotaProblem problem, CpSatRun run, double budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(run);
        if (problem.ShiftCover.Count > 0)
        {
            // A named shift's wanted cover is the platform's, not a team's: no residual of it is priced here.
            return null;
        }

        return Repair(problem, problem.Reference, run, budget - (EvaluationPerPerson * problem.Staff.Count), keepBreaks: true) is { } rota
            ? WeekRotas.Evaluate(problem, rota, run, exactTargets: false)
            : null;
    }

    /// <summary>
    /// <paramref name="basis"/> with the team around its changed or broken people re-planned and everyone else's shifts
    /// kept, or null when the repair found none in the budget or the whole rota breaks a rule.
    /// </summary>
    /// <param name="keepBreaks">True when the basis was published: its breaks are then moved as little as possible.</param>
    internal static List<Assignment>? Repair(RotaProblem problem, IReadOnlyList<Assignment> basis, CpSatRun run, double budget, bool keepBreaks)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(basis);
        var start = ReplanStart.Of(problem, basis);
        var team = Team(problem, ReplanRepair.Free(problem, basis, start));
        if (team.Count == 0 || budget < 1)
        {
            return null;
        }

        var kept = start.Where(a => !team.Contains(a.StaffId)).ToList();
        var part = Part(problem, team, kept);
        if (ReplanRepair.Solve(part, [.. basis.Where(a => team.Contains(a.StaffId))], run, budget, keepBreaks) is not { } repaired)
        {
            return null;
        }

        List<Assignment> rota = [.. kept, .. repaired.Assignments];
        return RotaValidator.Validate(problem, rota).Count == 0 ? rota : null;
    }

    /// <summary>
    /// The people whose shifts changed or who break a rule, and colleagues of theirs up to <see cref="TeamSize"/>: one of each
    /// changed person's kind (role and contract hours) in turn, so a sick listener and a sick manager both get colleagues.
    /// </summary>
    internal static HashSet<string> Team(RotaProblem problem, Neighbourhood free)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(free);
        var team = new HashSet<string>(free.People, StringComparer.Ordinal);
        var queues = problem.Staff.Where(s => free.People.Contains(s.Id)).Select(s => (s.Role, s.Contract.WeeklyMinutes)).Distinct()
            .Select(kind => new Queue<string>(problem.Staff.Where(s => (s.Role, s.Contract.WeeklyMinutes) == kind && !team.Contains(s.Id)).Select(s => s.Id)))
            .ToList();
        while (team.Count < TeamSize && queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues.Where(q => q.Count > 0))
            {
                if (team.Count < TeamSize)
                {
                    team.Add(queue.Dequeue());
                }
            }
        }

        return team;
    }

    /// <summary>
    /// The team's own problem: its people, history, published shifts and pins; the need less what <paramref name="kept"/>
    /// covers; a floor only where the others do not keep it alone.
    /// </summary>
    internal static RotaProblem Part(RotaProblem problem, HashSet<string> team, IReadOnlyList<Assignment> kept)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(kept);
        var staff = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var slot = (int)problem.Rules.SlotLength.TotalMinutes;
        var byDate = kept.ToLookup(a => a.Date);
        IEnumerable<StaffMember> OnDuty(LocalDateAndMinute at) =>
            byDate[at.Date].Where(a => Slots.OnDutyThroughout(a, at.Minute, at.Minute + slot)).Select(a => staff[a.StaffId]);

        var demand = problem.Demand.Select(d =>
        {
            var others = OnDuty(new(d.Date, Slots.MinuteOfDay(d.Start)))
                .Count(p => p.CountsAsTrainedListenerOn(d.Date) && p.Channels.Contains(d.Channel, StringComparer.OrdinalIgnoreCase));
            return d with { RequiredListeners = Math.Max(0, d.RequiredListeners - others) };
        }).ToList();
        var openSlots = problem.Opening.Where(o => o.Date >= problem.Start && o.Date <= problem.End)
            .SelectMany(o => Slots.Open(o, problem.Rules.SlotLength).Select(s => new LocalDateAndMinute(o.Date, s.Start))).ToList();
        var listenersKept = openSlots.All(at => OnDuty(at).Count(p => p.CountsAsTrainedListenerOn(at.Date)) >= problem.Rules.MinTrainedListenersOnDuty);
        var managersKept = openSlots.All(at => OnDuty(at).Count(p => p.Role == StaffRole.Manager) >= problem.Rules.MinManagersOnDuty);
        bool Mine(Assignment a) => team.Contains(a.StaffId);
        return problem with
        {
            Staff = [.. problem.Staff.Where(s => team.Contains(s.Id))],
            Demand = demand,
            History = [.. problem.History.Where(Mine)],
            Reference = [.. problem.Reference.Where(Mine)],
            Pinned = [.. problem.Pinned.Where(Mine)],
            Rules = problem.Rules with
            {
                MinTrainedListenersOnDuty = listenersKept ? 0 : problem.Rules.MinTrainedListenersOnDuty,
                MinManagersOnDuty = managersKept ? 0 : problem.Rules.MinManagersOnDuty,
            },
        };
    }

    private readonly record struct LocalDateAndMinute(NodaTime.LocalDate Date, int Minute);
}
