using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Rotas;

/// <summary>A broken rule of a rota, named as in <see cref="Scheduler.Solver.Domain.RuleNames"/>; the message in English, and in French when known.</summary>
public sealed record RotaViolation(string Rule, string Message, Guid? StaffId = null, LocalDate? Date = null, string? MessageFr = null);

/// <summary>
/// Checks every labour-law, contract and coverage rule of a stored rota; called when a shift of a draft is edited, when a
/// rota is published, and when a swap is approved. <see cref="ValidatingRotaChecker"/> passes the rota to the solver's
/// independent validator.
/// </summary>
public interface IRotaChecker
{
    Task<IReadOnlyList<RotaViolation>> CheckAsync(RotaEntity rota, CancellationToken cancellationToken);
}
