using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Rotas.History;

/// <summary>
/// A rota's history, read from the audit log: made, shifts edited, added, removed, covered, swapped, published,
/// superseded; newest first. One save writes several entries (a cover: its own and the shift's change; a swap: two
/// shifts), told here as one event.
/// </summary>
public static class RotaHistory
{
    /// <summary>A save adding more shifts than this (the rota's making, an import) reads as one line with their count.</summary>
    public const int ListedAdditions = 6;

    private const string Rota = "Rota";
    private const string Assignment = "Assignment";

    public static async Task<IReadOnlyList<RotaEvent>> ReadAsync(SchedulerDbContext db, Guid rotaId, CancellationToken ct)
    {
        var key = rotaId.ToString();
        // The shifts' keys are "<rota>/assignments/<id>": a range from "<rota>/" to "<rota>0" ('0' follows '/'), which
        // the (EntityType, EntityKey) index serves on both providers, where StartsWith becomes a LIKE that may not.
        var (first, after) = (key + "/", key + "0");
        var entries = await db.AuditLog.AsNoTracking()
            .Where(a => (a.EntityType == Rota && a.EntityKey == key)
                || (a.EntityType == Assignment && a.EntityKey.CompareTo(first) >= 0 && a.EntityKey.CompareTo(after) < 0))
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        // A collation that is not ordinal (SQL Server's) might widen the range: keep exactly this rota's.
        return Read([.. entries.Where(a => a.EntityKey == key || a.EntityKey.StartsWith(first, StringComparison.Ordinal))]);
    }

    /// <summary>The events of one rota's audit entries (in the order written), newest first.</summary>
    public static IReadOnlyList<RotaEvent> Read(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var events = new List<RotaEvent>();
        var told = new HashSet<long>();
        var known = new Dictionary<string, ShiftState>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (told.Contains(entry.Id))
            {
                continue;
            }

            switch (entry.EntityType, entry.Action)
            {
                case (Rota, "Added"):
                    events.Add(new RotaEvent(entry.Id, entry.At, entry.Actor, RotaEventKind.Created) { Source = AuditValues.Text(entry.After, "Source") });
                    break;
                case (Rota, "Published"):
                    events.Add(new RotaEvent(entry.Id, entry.At, entry.Actor, RotaEventKind.Published)
                    {
                        Reason = entry.Reason,
                        Rules = AuditValues.Strings(entry.After, "violations"),
                    });
                    break;
                case (Rota, "Modified") when IsSuperseding(entry):
                    events.Add(new RotaEvent(entry.Id, entry.At, entry.Actor, RotaEventKind.Superseded));
                    break;
                case (Assignment, "Added"):
                    i = Additions(entries, i, events, known) - 1;
                    break;
                case (Assignment, "Deleted"):
                    events.Add(new RotaEvent(entry.Id, entry.At, entry.Actor, RotaEventKind.ShiftRemoved) { Was = AuditValues.Shift(entry.Before) });
                    break;
                case (Assignment, ShiftHandover.AuditAction):
                    events.Add(Cover(entries, entry, known, told));
                    break;
                case (Assignment, "Modified"):
                    if (Change(entries, i, told) is { } change)
                    {
                        events.Add(change);
                    }

                    break;
            }

            if (entry.EntityType == Assignment && AuditValues.Shift(entry.After) is { } after)
            {
                known[entry.EntityKey] = after;
            }
        }

        events.Reverse();
        return events;
    }

    /// <summary>The run of additions starting at <paramref name="first"/> (one save: same actor and instant); returns the index after it.</summary>
    private static int Additions(IReadOnlyList<AuditEntry> entries, int first, List<RotaEvent> events, Dictionary<string, ShiftState> known)
    {
        var start = entries[first];
        var end = first;
        while (end < entries.Count && entries[end] is { EntityType: Assignment, Action: "Added" } e && e.Actor == start.Actor && e.At == start.At)
        {
            if (AuditValues.Shift(e.After) is { } state)
            {
                known[e.EntityKey] = state;
            }

            end++;
        }

        var count = end - first;
        if (events.Count > 0 && events[^1] is { Kind: RotaEventKind.Created, Shifts: 0 } created && created.Actor == start.Actor && created.At == start.At)
        {
            events[^1] = created with { Shifts = count };
        }
        else if (count > ListedAdditions)
        {
            events.Add(new RotaEvent(start.Id, start.At, start.Actor, RotaEventKind.ShiftsAdded) { Shifts = count });
        }
        else
        {
            events.AddRange(entries.Skip(first).Take(count).Select(e => new RotaEvent(e.Id, e.At, e.Actor, RotaEventKind.ShiftAdded) { Is = AuditValues.Shift(e.After) }));
        }

        return end;
    }

    /// <summary>A cover, with the shift's times from the change the same save wrote (which is then not told again).</summary>
    private static RotaEvent Cover(IReadOnlyList<AuditEntry> entries, AuditEntry cover, Dictionary<string, ShiftState> known, HashSet<long> told)
    {
        var from = AuditValues.Id(cover.Before, "staffId");
        var to = AuditValues.Id(cover.After, "staffId");
        var change = entries.FirstOrDefault(e => e.EntityKey == cover.EntityKey && e.Action == "Modified" && e.Actor == cover.Actor && !told.Contains(e.Id)
            && AuditValues.Shift(e.Before)?.StaffId == from && AuditValues.Shift(e.After)?.StaffId == to
            && Duration.FromMinutes(-1) < e.At - cover.At && e.At - cover.At < Duration.FromMinutes(1));
        if (change is not null)
        {
            told.Add(change.Id);
        }

        var shift = AuditValues.Shift(change?.Before) ?? known.GetValueOrDefault(cover.EntityKey);
        return new RotaEvent(cover.Id, cover.At, cover.Actor, RotaEventKind.ShiftCovered)
        {
            Was = shift is null || from is null ? null : shift with { StaffId = from.Value },
            Is = shift is null || to is null ? null : shift with { StaffId = to.Value },
            Reason = cover.Reason,
            Rules = AuditValues.Strings(cover.After, "violations"),
        };
    }

    /// <summary>A shift's change; with the next entry of the same save giving its person back, a swap.</summary>
    private static RotaEvent? Change(IReadOnlyList<AuditEntry> entries, int index, HashSet<long> told)
    {
        var entry = entries[index];
        var was = AuditValues.Shift(entry.Before);
        var @is = AuditValues.Shift(entry.After);
        if (was is null || @is is null)
        {
            return null;
        }

        if (was == @is)
        {
            // Only the break or the channel moved: nothing a person's day changes by.
            return null;
        }

        if (was with { StaffId = @is.StaffId } == @is
            && entries.Skip(index + 1).FirstOrDefault(e => e.EntityType == Assignment && e.Action == "Modified" && e.Actor == entry.Actor && e.At == entry.At && !told.Contains(e.Id)) is { } other
            && AuditValues.Shift(other.Before) is { } otherWas && AuditValues.Shift(other.After) is { } otherIs
            && otherWas.StaffId == @is.StaffId && otherIs.StaffId == was.StaffId && otherWas with { StaffId = otherIs.StaffId } == otherIs)
        {
            told.Add(other.Id);
            return new RotaEvent(entry.Id, entry.At, entry.Actor, RotaEventKind.ShiftsSwapped) { Was = was, Is = otherWas };
        }

        return new RotaEvent(entry.Id, entry.At, entry.Actor, RotaEventKind.ShiftChanged) { Was = was, Is = @is };
    }

    private static bool IsSuperseding(AuditEntry entry) =>
        AuditValues.Text(entry.After, nameof(RotaEntity.Status)) == nameof(RotaStatus.Superseded)
        && AuditValues.Text(entry.Before, nameof(RotaEntity.Status)) != nameof(RotaStatus.Superseded);
}
