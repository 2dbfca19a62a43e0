using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Checks a stored rota with the solver's independent validator: the problem of the rota's period as stored now (staff,
/// contracts, absences, opening hours, demand, history), the rota's shifts as the assignments. A rota's reference shifts
/// are not rules, so only history before the period counts.
/// </summary>
public sealed class ValidatingRotaChecker(RotaProblemFactory problems) : IRotaChecker
{
    public async Task<IReadOnlyList<RotaViolation>> CheckAsync(RotaEntity rota, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rota);
        var problem = await problems.BuildAsync(rota.PeriodStart, Math.Max(1, rota.Weeks), cancellationToken);
        return Validate(problem, rota.Assignments.Select(a => a.ToDomain()));
    }

    /// <summary>The validator's verdict on <paramref name="shifts"/> for a problem already built (to check several versions of one rota).</summary>
    public static IReadOnlyList<RotaViolation> Validate(RotaProblem problem, IEnumerable<Assignment> shifts) =>
        [.. RotaValidator.Validate(problem, [.. shifts]).Select(v => new RotaViolation(
            v.Rule,
            v.MessageEn,
            Guid.TryParse(v.StaffId, out var id) ? id : null,
            v.Date,
            v.MessageFr))];
}
