using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;

namespace Scheduler.Api.Features.Rotas.History;

/// <summary>A shift in a history event, with its person's name.</summary>
public sealed record HistoryShiftResponse(Guid StaffId, string Name, LocalDate Date, LocalTime Start, LocalTime End);

/// <summary>One event of a rota's history (see <see cref="RotaEvent"/>).</summary>
public sealed record RotaEventResponse(
    long Id, Instant At, string Actor, RotaEventKind Kind, HistoryShiftResponse? Was, HistoryShiftResponse? Is, int Shifts, string? Source, string? Reason, IReadOnlyList<string> Rules);

/// <summary><c>GET /api/rotas/{id}/history</c> (managers): every event of the rota, latest first.</summary>
public static class RotaHistoryApi
{
    public static async Task<Results<Ok<List<RotaEventResponse>>, NotFound>> GetAsync(Guid id, SchedulerDbContext db, CancellationToken ct)
    {
        if (!await db.Rotas.AnyAsync(r => r.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var names = await RotaEndpoints.NamesAsync(db, ct);
        HistoryShiftResponse? Shift(ShiftState? s) => s is null ? null : new(s.StaffId, names.GetValueOrDefault(s.StaffId) ?? "", s.Date, s.Start, s.End);
        var events = await RotaHistory.ReadAsync(db, id, ct);
        return TypedResults.Ok(events.Select(e => new RotaEventResponse(e.Id, e.At, e.Actor, e.Kind, Shift(e.Was), Shift(e.Is), e.Shifts, e.Source, e.Reason, e.Rules)).ToList());
    }
}
