using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data;

/// <summary>The shifts people are expected at: those of published rotas (drafts and superseded rotas plan nobody).</summary>
public static class PublishedShifts
{
    public static IQueryable<AssignmentEntity> OnPublishedRotas(this IQueryable<AssignmentEntity> shifts, IQueryable<RotaEntity> rotas) =>
        shifts.Join(rotas.Where(r => r.Status == RotaStatus.Published), a => a.RotaId, r => r.Id, (a, r) => a);
}
