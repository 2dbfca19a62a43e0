using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Rotas.History;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// A rota's history as its page tells it (<see cref="RotaHistory"/>): each event in a sentence, people by name, and who
/// did it by the name of their account's person when it has one (the audit log keeps the account's e-mail).
/// </summary>
public sealed class RotaHistoryView(IReadOnlyList<RotaEvent> events, IReadOnlyDictionary<Guid, string> staff, IReadOnlyDictionary<string, string> actors)
{
    /// <summary>The page lists this many, latest first; the API answers them all.</summary>
    public const int Shown = 50;

    public IReadOnlyList<RotaEvent> Latest => [.. events.Take(Shown)];

    public int Earlier => Math.Max(0, events.Count - Shown);

    public int Count => events.Count;

    public static async Task<RotaHistoryView> LoadAsync(SchedulerDbContext db, Guid rotaId, CancellationToken ct)
    {
        var events = await RotaHistory.ReadAsync(db, rotaId, ct);
        var staff = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var names = events.Select(e => e.Actor).Distinct().ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => u.StaffId != null && names.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.StaffId }).ToListAsync(ct);
        var actors = accounts.Where(a => staff.ContainsKey(a.StaffId!.Value)).ToDictionary(a => a.UserName!, a => staff[a.StaffId!.Value]);
        return new RotaHistoryView(events, staff, actors);
    }

    public string Who(RotaEvent e, UiText text) => e.Actor switch
    {
        "system" or "" => text.HistoryByService,
        _ => actors.GetValueOrDefault(e.Actor) ?? e.Actor,
    };

    public string What(RotaEvent e, UiText text) => e.Kind switch
    {
        RotaEventKind.Created => text.HistoryCreated(text.RotaSourceName(e.Source ?? ""), e.Shifts),
        RotaEventKind.ShiftsAdded => text.HistoryShiftsAdded(e.Shifts),
        RotaEventKind.ShiftAdded => text.HistoryShiftAdded(Shift(e.Is, text)),
        RotaEventKind.ShiftRemoved => text.HistoryShiftRemoved(Shift(e.Was, text)),
        RotaEventKind.ShiftChanged => text.HistoryShiftChanged(Shift(e.Was, text), Becomes(e.Was, e.Is, text)),
        RotaEventKind.ShiftCovered => text.HistoryShiftCovered(Shift(e.Was, text), e.Is is { } to ? Name(to.StaffId) : "?"),
        RotaEventKind.ShiftsSwapped => text.HistoryShiftsSwapped(Shift(e.Was, text), Shift(e.Is, text)),
        RotaEventKind.Published => e.Rules.Count == 0 ? text.HistoryPublished : text.HistoryPublishedBreaking(string.Join(", ", e.Rules)),
        _ => text.HistorySuperseded,
    };

    /// <summary>"Inès Moreau, jeudi 03/12/2026, 09:00–16:00".</summary>
    private string Shift(ShiftState? shift, UiText text) =>
        shift is null ? text.HistoryUnknownShift : $"{Name(shift.StaffId)}, {Show.Day(shift.Date, text)}, {Show.Span(shift.Start, shift.End)}";

    /// <summary>What a shift became, saying only what differs from before besides its times: "Léa Dubois, 13:00–20:00".</summary>
    private string Becomes(ShiftState? was, ShiftState? shift, UiText text)
    {
        if (shift is null)
        {
            return text.HistoryUnknownShift;
        }

        var parts = new List<string>();
        if (was?.StaffId != shift.StaffId)
        {
            parts.Add(Name(shift.StaffId));
        }

        if (was?.Date != shift.Date)
        {
            parts.Add(Show.Day(shift.Date, text));
        }

        parts.Add(Show.Span(shift.Start, shift.End));
        return string.Join(", ", parts);
    }

    private string Name(Guid id) => staff.GetValueOrDefault(id) ?? id.ToString();
}
