using Google.OrTools.Sat;
using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>A full assignment of a model's variables, with the rota and the soft terms it means.</summary>
internal sealed record SolutionSnapshot(long[] Values, double Objective, IReadOnlyDictionary<string, long> Terms, IReadOnlyList<Assignment> Assignments);

/// <summary>Reads rotas out of solver values, and turns rotas back into values of the decision variables.</summary>
internal static class SolutionReader
{
    public static SolutionSnapshot Capture(CpSolver solver, RotaModel m)
    {
        var values = solver.Response!.Solution.ToArray();
        var terms = m.Penalties.GroupBy(p => p.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => solver.Value(p.Cost)), StringComparer.Ordinal);
        // Every weight and term is a whole number, but CP-SAT computes the value through its objective's scaling: once
        // 12 988.999999999998 for a rota whose week-by-week evaluation was 12 989.
        return new SolutionSnapshot(values, Math.Round(solver.ObjectiveValue), terms, Assignments(m, values));
    }

    public static IReadOnlyList<Assignment> Assignments(RotaModel m, long[] values)
    {
        var result = new List<Assignment>();
        for (var p = 0; p < m.Staff.Count; p++)
        {
            foreach (var day in m.Grid.Days)
            {
                foreach (var t in day.Templates.Where(t => values[m.X.Shift(p, day.Index, t.Index).GetIndex()] != 0))
                {
                    var breakSlot = m.X.Breaks(p, day.Index).Where(b => values[b.Value.GetIndex()] != 0).Select(b => (int?)b.Key).FirstOrDefault();
                    LocalTime? breakStart = breakSlot is { } k ? day.SlotTime(k) : null;
                    result.Add(new Assignment(
                        m.Staff[p].Id,
                        day.Date,
                        day.SlotTime(t.StartSlot),
                        day.SlotTime(t.EndSlot),
                        breakStart,
                        breakStart?.PlusMinutes(m.Grid.BreakMinutes)));
                }
            }
        }

        return result;
    }

    /// <summary>Hints every variable of the model, helpers and slacks included, with a complete solution.</summary>
    public static void HintAll(RotaModel m, SolutionSnapshot solution)
    {
        var hint = new PartialVariableAssignment();
        hint.Vars.AddRange(Enumerable.Range(0, solution.Values.Length));
        hint.Values.AddRange(solution.Values);
        m.Model.Model.SolutionHint = hint;
    }

    /// <summary>Hints every decision variable of <paramref name="m"/> with the rota (a partial hint: helper variables are left to the solver).</summary>
    public static void HintDecisions(RotaModel m, IEnumerable<Assignment> rota)
    {
        var fixing = Fixing(m, rota);
        var hint = new PartialVariableAssignment();
        hint.Vars.AddRange(fixing.Select(l => l.GetIndex() >= 0 ? l.GetIndex() : -l.GetIndex() - 1));
        hint.Values.AddRange(fixing.Select(l => l.GetIndex() >= 0 ? 1L : 0L));
        m.Model.Model.SolutionHint = hint;
    }

    /// <summary>Literals fixing every decision variable to the given rota (shifts and breaks not in it are off).</summary>
    public static IReadOnlyList<ILiteral> Fixing(RotaModel m, IEnumerable<Assignment> rota)
    {
        var on = new HashSet<int>();
        foreach (var a in rota)
        {
            var p = m.IndexOf(a.StaffId);
            if (p < 0 || m.Grid.DayIndex(a.Date) is not { } d || m.Grid.Find(d, a.Start, a.End) is not { } t)
            {
                continue;
            }

            on.Add(m.X.Shift(p, d, t.Index).GetIndex());
            if (a.BreakStart is { } bs && RotaGrid.SlotOf(bs, m.Grid.SlotMinutes) is { } slot && m.X.Breaks(p, d).TryGetValue(slot, out var b))
            {
                on.Add(b.GetIndex());
            }
        }

        return [.. m.X.Decisions.Select(v => on.Contains(v.GetIndex()) ? (ILiteral)v : v.Not())];
    }
}
