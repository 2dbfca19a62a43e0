using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Jobs;

/// <summary>
/// The work of <see cref="TrainingComplianceJob"/>: recomputes every listener's qualification, stores it (so the solver
/// sees an expired listener as untrained from the day after the last valid date), flags expired and expiring
/// qualifications, and reports published shifts that now rely on an untrained listener.
/// </summary>
public sealed class TrainingComplianceRunner(
    IClock clock,
    ITrainingRecordSource records,
    IQualificationStore qualifications,
    IPublishedRotaSource rota,
    IAlertSink alerts,
    TrainingComplianceOptions options)
{
    public async Task<TrainingRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var today = now.InZone(RotaProblem.TimeZone).Date;
        var compliance = new TrainingCompliance(await records.GetModulesAsync(cancellationToken), options.WarningDays);
        var completions = await records.GetCompletionsAsync(cancellationToken);
        var staff = await records.GetStaffAsync(cancellationToken);

        var evaluated = compliance.EvaluateTracked(staff, completions, today);
        await qualifications.SaveAsync(evaluated, cancellationToken);

        // Alerts name people as the pages do: the id is for machines (the alert's staffId), the name for the reader.
        var names = staff.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var raised = 0;
        foreach (var q in evaluated.Where(q => q.State is QualificationState.Expired or QualificationState.ExpiringSoon))
        {
            var expired = q.State == QualificationState.Expired;
            var kind = expired ? AlertKinds.TrainingExpired : AlertKinds.TrainingExpiring;
            var name = names[q.StaffId];
            var until = q.QualifiedUntil!.Value;
            var text = expired
                ? AlertText.Of(t => t.TrainingExpiredAlert(name, until))
                : AlertText.Of(t => t.TrainingExpiringAlert(name, until));
            var alert = new QualityAlert($"{kind}:{q.StaffId}:{until:yyyy-MM-dd}", kind, now, today, text, StaffId: q.StaffId);
            raised += await alerts.RaiseAsync(alert, cancellationToken) ? 1 : 0;
        }

        var byId = evaluated.ToDictionary(q => q.StaffId, StringComparer.Ordinal);
        var current = staff.Select(s => byId.TryGetValue(s.Id, out var q) ? TrainingCompliance.ApplyTo(s, q) : s).ToList();
        var published = await rota.GetAsync(today, today.PlusDays(options.RotaHorizonDays - 1), cancellationToken);
        var uncovered = TrainingCompliance.ShiftsOfUntrainedListeners(published, current);
        foreach (var shift in uncovered)
        {
            var alert = new QualityAlert(
                $"{AlertKinds.RotaUntrainedListener}:{shift.StaffId}:{shift.Date:yyyy-MM-dd}",
                AlertKinds.RotaUntrainedListener,
                now,
                shift.Date,
                AlertText.Of(t => t.UntrainedOnRotaAlert(names.GetValueOrDefault(shift.StaffId, shift.StaffId), shift.Date)),
                StaffId: shift.StaffId);
            raised += await alerts.RaiseAsync(alert, cancellationToken) ? 1 : 0;
        }

        return new TrainingRunResult(evaluated, uncovered, raised);
    }
}

/// <summary>What one training run found.</summary>
public sealed record TrainingRunResult(IReadOnlyList<Qualification> Qualifications, IReadOnlyList<Assignment> ShiftsOfUntrained, int AlertsRaised);
