using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// The violations a change of owners adds to a rota: those after it that were not there before, matched one for one
/// (a second identical violation still counts). A rule of the shift itself (its break, its hours, its length) moves with
/// the shift to its new owner and is the same violation as before; a rule broken worse reads differently and counts.
/// </summary>
public static class ViolationDelta
{
    private static readonly HashSet<string> ShiftRules = new(StringComparer.Ordinal) { RuleNames.Break, RuleNames.OpeningHours, RuleNames.ShiftLength };

    /// <param name="formerOwners">For each shift that changed hands, (new owner, date) → the owner before.</param>
    public static IReadOnlyList<RotaViolation> Added(
        IEnumerable<RotaViolation> before, IEnumerable<RotaViolation> after, IReadOnlyDictionary<(Guid, LocalDate), Guid> formerOwners)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(formerOwners);
        Key KeyAfter(RotaViolation v) => ShiftRules.Contains(v.Rule) && v.StaffId is { } id && v.Date is { } date && formerOwners.TryGetValue((id, date), out var owner)
            ? new Key(v.Rule, owner, date, null)
            : KeyOf(v);

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

        return added;
    }

    /// <summary>A violation's identity: a shift rule's sentence names its owner, so only its rule, owner and date count.</summary>
    private static Key KeyOf(RotaViolation v) => new(v.Rule, v.StaffId, v.Date, ShiftRules.Contains(v.Rule) ? null : v.Message);

    private sealed record Key(string Rule, Guid? StaffId, LocalDate? Date, string? Message);
}
