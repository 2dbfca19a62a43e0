using Google.OrTools.Sat;
using NodaTime;

namespace Scheduler.Solver.Rostering;

/// <summary>What one assumption literal stands for: a rule applied to one person (or the whole floor) on some dates.</summary>
public sealed record GateKey(string Rule, string? StaffId, LocalDate From, LocalDate To);

/// <summary>
/// Switches for the hard rules. When explaining an infeasible problem, every rule (per person and dates where useful)
/// is enforced only under its own assumption literal, so CP-SAT's sufficient assumptions name the rules in conflict.
/// When optimising, no literal is made: constraints are added unconditionally, which keeps presolve at full strength.
/// </summary>
public sealed class RuleGates(CpModel model, bool explain)
{
    private readonly Dictionary<GateKey, BoolVar> gates = [];
    private readonly Dictionary<int, GateKey> byIndex = [];

    public bool Explaining => explain;

    /// <summary>The literal guarding this rule instance, or null when rules are not gated.</summary>
    public BoolVar? For(string rule, string? staffId, LocalDate from, LocalDate to)
    {
        if (!explain)
        {
            return null;
        }

        var key = new GateKey(rule, staffId, from, to);
        if (!gates.TryGetValue(key, out var gate))
        {
            gate = model.NewBoolVar($"gate:{rule}:{staffId}:{from}:{to}");
            gates.Add(key, gate);
            byIndex.Add(gate.GetIndex(), key);
        }

        return gate;
    }

    public BoolVar? For(string rule, string? staffId, LocalDate date) => For(rule, staffId, date, date);

    /// <summary>Adds <paramref name="constraint"/> under <paramref name="gate"/> when rules are gated.</summary>
    public static void Enforce(Constraint constraint, ILiteral? gate)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        if (gate is not null)
        {
            constraint.OnlyEnforceIf(gate);
        }
    }

    public IEnumerable<BoolVar> All => gates.Values;

    /// <summary>The literal of a gate made by <see cref="For(string, string?, LocalDate, LocalDate)"/>.</summary>
    public BoolVar LiteralOf(GateKey key) => gates[key];

    public GateKey? KeyOf(int literalIndex) => byIndex.TryGetValue(literalIndex, out var key) ? key : null;
}
