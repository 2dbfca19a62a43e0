using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Quality;

/// <summary>
/// Computes qualifications from training completions. A refresher is valid for its validity period counted from its
/// latest completion, or from the initial training's completion while it was never taken, so a new listener is not
/// overdue on day one. A completion dated after <c>today</c> is not counted yet.
/// </summary>
/// <param name="warningDays">A qualification whose last valid date is at most this many days after today is <see cref="QualificationState.ExpiringSoon"/>.</param>
public sealed class TrainingCompliance(IReadOnlyList<TrainingModule> modules, int warningDays = 30)
{
    /// <summary>
    /// The qualification of each listener of <paramref name="staff"/> with training records. The others keep the
    /// qualification a manager set by hand (as the solver sees them too), so a platform that does not track training
    /// is not declared untrained.
    /// </summary>
    public IReadOnlyList<Qualification> EvaluateTracked(IEnumerable<StaffMember> staff, IReadOnlyList<TrainingCompletion> completions, LocalDate today)
    {
        var tracked = completions.Select(c => c.StaffId).ToHashSet(StringComparer.Ordinal);
        return [.. staff.Where(s => s.Role == StaffRole.Listener && tracked.Contains(s.Id)).Select(s => Evaluate(s.Id, completions, today))];
    }

    public Qualification Evaluate(string staffId, IEnumerable<TrainingCompletion> completions, LocalDate today)
    {
        var latest = completions
            .Where(c => c.StaffId == staffId && c.CompletedOn <= today)
            .GroupBy(c => c.ModuleId)
            .ToDictionary(g => g.Key, g => g.Max(c => c.CompletedOn));
        var initial = modules.Where(m => m.Kind == TrainingModuleKind.Initial).ToList();
        var initialDone = initial.Count > 0 && initial.All(m => latest.ContainsKey(m.Id));
        LocalDate? initialDate = initialDone ? initial.Max(m => latest[m.Id]) : null;

        var statuses = new List<ModuleStatus>();
        LocalDate? qualifiedUntil = null;
        foreach (var module in modules)
        {
            var done = latest.TryGetValue(module.Id, out var completedOn);
            LocalDate? from = done ? completedOn : module.Kind == TrainingModuleKind.Refresher ? initialDate : null;
            LocalDate? until = from is { } f && module.Validity is { } validity ? f.Plus(validity).PlusDays(-1) : null;
            var state = from is null ? QualificationState.Untrained : StateOf(until, today);
            statuses.Add(new ModuleStatus(module.Id, done, until, state));
            if (until is { } u && (qualifiedUntil is null || u < qualifiedUntil))
            {
                qualifiedUntil = u;
            }
        }

        var overall = initialDone ? StateOf(qualifiedUntil, today) : QualificationState.Untrained;
        return new Qualification(staffId, initialDone, initialDone ? qualifiedUntil : null, overall, statuses);
    }

    /// <summary>The staff member as the solver should see it: trained flag and last qualified date from the qualification.</summary>
    public static StaffMember ApplyTo(StaffMember member, Qualification qualification) =>
        member with { IsTrained = qualification.IsTrained, QualifiedUntil = qualification.QualifiedUntil };

    /// <summary>Shifts of listeners on dates they do not count as trained (qualification expired or never obtained).</summary>
    public static IReadOnlyList<Assignment> ShiftsOfUntrainedListeners(IEnumerable<Assignment> rota, IEnumerable<StaffMember> staff)
    {
        var byId = staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return
        [
            .. rota.Where(a => byId.TryGetValue(a.StaffId, out var s)
                && s.Role == StaffRole.Listener
                && !s.CountsAsTrainedListenerOn(a.Date)),
        ];
    }

    private QualificationState StateOf(LocalDate? until, LocalDate today) => until switch
    {
        null => QualificationState.Valid,
        { } u when u < today => QualificationState.Expired,
        { } u when Period.DaysBetween(today, u) <= warningDays => QualificationState.ExpiringSoon,
        _ => QualificationState.Valid,
    };
}
