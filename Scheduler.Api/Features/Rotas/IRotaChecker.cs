using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Rotas;

/// <summary>A broken rule of a rota, named as in <see cref="Scheduler.Solver.Domain.RuleNames"/>.</summary>
public sealed record RotaViolation(string Rule, string Message, Guid? StaffId = null, LocalDate? Date = null);

/// <summary>
/// Checks every labour-law, contract and coverage rule of a stored rota; called when a shift of a draft is edited, when a
/// rota is published, and when a swap is approved. The implementation that matters passes the rota to the solver's
/// independent validator (build the problem with <see cref="RotaProblemFactory"/>, map each assignment with
/// <see cref="AssignmentEntity.ToDomain"/>); it is registered in place of <see cref="UnvalidatedRotaChecker"/>.
/// </summary>
public interface IRotaChecker
{
    Task<IReadOnlyList<RotaViolation>> CheckAsync(RotaEntity rota, CancellationToken cancellationToken);
}

/// <summary>
/// The checker in use while no rule validator is registered: it finds no violation because it checks no rule, so
/// publishing never asks for an override. It invents nothing; the structural checks (known staff, dates inside the
/// period, breaks inside shifts) are done on input whatever the checker.
/// </summary>
public sealed class UnvalidatedRotaChecker : IRotaChecker
{
    public Task<IReadOnlyList<RotaViolation>> CheckAsync(RotaEntity rota, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RotaViolation>>([]);
}
