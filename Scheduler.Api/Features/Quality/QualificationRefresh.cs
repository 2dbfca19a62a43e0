using NodaTime;
using Scheduler.Api.Jobs;
using Scheduler.Api.Time;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>
/// Computes again the stored qualification of every active listener with training records, as the daily training job
/// does but without its alerts. A change to the modules (a validity, a kind, a removal) changes everyone's last valid
/// date, and a training recorded changes its listener's; storing it at once lets the staff list, the person page and
/// the next rota show it the same day.
/// </summary>
public sealed class QualificationRefresh(ITrainingRecordSource records, IQualificationStore qualifications, IClock clock)
{
    public async Task RefreshAllAsync(CancellationToken ct)
    {
        var compliance = new TrainingCompliance(await records.GetModulesAsync(ct));
        var evaluated = compliance.EvaluateTracked(await records.GetStaffAsync(ct), await records.GetCompletionsAsync(ct), clock.Today());
        await qualifications.SaveAsync(evaluated, ct);
    }

    /// <summary>Computes again the qualification of <paramref name="staffId"/> alone, after a training of theirs was recorded.</summary>
    public async Task RefreshAsync(Guid staffId, CancellationToken ct)
    {
        var id = staffId.ToString();
        var compliance = new TrainingCompliance(await records.GetModulesAsync(ct));
        var completions = (await records.GetCompletionsAsync(ct)).Where(c => c.StaffId == id).ToList();
        await qualifications.SaveAsync([compliance.Evaluate(id, completions, clock.Today())], ct);
    }
}
