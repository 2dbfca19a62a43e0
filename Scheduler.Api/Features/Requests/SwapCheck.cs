using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Requests;

/// <summary>
/// What a swap breaks: the rotas' violations after the two people change shifts that were not there before. A rule the
/// published rota broke already (published with an override, a contract changed since, an absence added) is not the
/// swap's doing, so approving it asks no override reason for that; a rule broken worse (other hours, another count)
/// reads differently and counts. A rule of the shift itself (its break, its hours, its length) moves with the shift to
/// its new owner, and is the same violation as before.
/// </summary>
public static class SwapCheck
{
    private static readonly HashSet<string> ShiftRules = new(StringComparer.Ordinal) { RuleNames.Break, RuleNames.OpeningHours, RuleNames.ShiftLength };

    /// <summary>The violations the swap adds, and how many the rotas had before it; the two shifts are left swapped.</summary>
    /// <param name="checkedBefore">
    /// The rotas' violations before any swap, by rota id, filled as they are checked: a page that checks every pending swap
    /// checks each rota as it stands once.
    /// </param>
    public static async Task<(IReadOnlyList<RotaViolation> Added, int Before)> SwapAsync(
        IRotaChecker checker, IReadOnlyList<RotaEntity> rotas, AssignmentEntity mine, AssignmentEntity other, CancellationToken ct,
        IDictionary<Guid, IReadOnlyList<RotaViolation>>? checkedBefore = null)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(rotas);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(other);
        checkedBefore ??= new Dictionary<Guid, IReadOnlyList<RotaViolation>>();
        var before = new List<RotaViolation>();
        foreach (var rota in rotas)
        {
            if (!checkedBefore.TryGetValue(rota.Id, out var violations))
            {
                checkedBefore[rota.Id] = violations = await checker.CheckAsync(rota, ct);
            }

            before.AddRange(violations);
        }

        (mine.StaffId, other.StaffId) = (other.StaffId, mine.StaffId);
        var after = new List<RotaViolation>();
        foreach (var rota in rotas)
        {
            after.AddRange(await checker.CheckAsync(rota, ct));
        }

        // The owner a shift rule was reported for before the swap: the new owner's violation on that date is the old one's.
        var formerOwners = new Dictionary<(Guid, LocalDate), Guid> { [(mine.StaffId, mine.Date)] = other.StaffId, [(other.StaffId, other.Date)] = mine.StaffId };
        Key KeyAfter(RotaViolation v) => ShiftRules.Contains(v.Rule) && v.StaffId is { } id && v.Date is { } date && formerOwners.TryGetValue((id, date), out var owner)
            ? new Key(v.Rule, owner, date, null)
            : KeyOf(v);

        // Matched one for one: a second identical violation still counts.
        var left = before.GroupBy(KeyOf).ToDictionary(g => g.Key, g => g.Count());
        var added = new List<RotaViolation>();
        foreach (var violation in after)
        {
            var key = KeyAfter(violation);
            if (left.TryGetValue(key, out var count) && count > 0)
            {
                left[key] = count - 1;
            }
            else
            {
                added.Add(violation);
            }
        }

        return (added, before.Count);
    }

    /// <summary>A violation's identity: a shift rule's sentence names its owner, so only its rule, owner and date count.</summary>
    private static Key KeyOf(RotaViolation v) => new(v.Rule, v.StaffId, v.Date, ShiftRules.Contains(v.Rule) ? null : v.Message);

    private sealed record Key(string Rule, Guid? StaffId, LocalDate? Date, string? Message);
}
