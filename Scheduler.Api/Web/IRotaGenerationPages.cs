using NodaTime;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Api.Web;

/// <summary>
/// What the "Générer un planning" page needs from the rota-solving service: start a run, read its progress, cancel it.
/// The page works without it (it then says generation is not available on this server); the service that runs solves as
/// background jobs registers an implementation.
/// </summary>
public interface IRotaGenerationPages
{
    /// <summary>Starts solving a rota of <paramref name="weeks"/> whole weeks from the Monday <paramref name="periodStart"/>; answers the run's id.</summary>
    Task<RotaGenerationStart> StartAsync(LocalDate periodStart, int weeks, string requestedBy, CancellationToken cancellationToken);

    /// <summary>
    /// Starts re-planning the published rota <paramref name="rotaId"/> (its period, with it as the reference); null for an
    /// unknown rota, a refusal when it is not published.
    /// </summary>
    Task<RotaGenerationStart?> ReplanAsync(Guid rotaId, bool keepOthers, string requestedBy, CancellationToken cancellationToken);

    /// <summary>The run's progress, or null for an unknown id.</summary>
    Task<RotaGenerationStatus?> GetStatusAsync(Guid runId, CancellationToken cancellationToken);

    /// <summary>Asks the run to stop; the best rota found so far is kept as a draft when there is one. False for an unknown or finished run.</summary>
    Task<bool> CancelAsync(Guid runId, CancellationToken cancellationToken);
}

/// <summary>A started run, or the reason it was refused (shown next to the form), e.g. a run already in progress.</summary>
public sealed record RotaGenerationStart(Guid? RunId, string? Refusal);

/// <summary>Where a run stands.</summary>
public enum RotaGenerationState
{
    Queued,
    Running,
    Succeeded,
    Cancelled,
    Failed,
}

/// <summary>
/// Progress of a run. <see cref="Objective"/> is the best solution's cost so far (lower is better), <see cref="Gap"/> the
/// relative gap to the best bound (0.05 = 5 %), <see cref="RotaId"/> the stored draft once there is one. A re-plan has its
/// <see cref="ReferenceRotaId"/> and, once finished, the shifts it <see cref="Changes"/>. A run that found that no rota keeps
/// every rule has its <see cref="Explanation"/>.
/// </summary>
public sealed record RotaGenerationStatus(
    Guid RunId, RotaGenerationState State, LocalDate PeriodStart, int Weeks, double? Objective, double? Gap, Duration Elapsed, Guid? RotaId, string? Error,
    Guid? ReferenceRotaId = null, IReadOnlyList<ShiftChange>? Changes = null, SolveExplanation? Explanation = null)
{
    public bool IsFinished => State is RotaGenerationState.Succeeded or RotaGenerationState.Cancelled or RotaGenerationState.Failed;
}
