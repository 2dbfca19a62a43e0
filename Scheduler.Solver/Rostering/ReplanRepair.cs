using Google.OrTools.Sat;
using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// The first step of a re-plan: a small neighbourhood of the published rota that CP-SAT searches well. The shifts still
/// possible (<see cref="ReplanStart"/>) stay fixed, except that the people who lost a shift or now break a rule are free
/// over the whole horizon, and everyone is free on the dates where a shift was lost or the floor is broken. On those dates
/// the others can move their shifts to cover the gap without changing their weekly hours.
/// </summary>
/// <remarks>
/// On the 3133 over 4 weeks with one listener off sick for three days (30 s, quiet machine) the re-plan changed 7–9 shifts
/// and left 0–1 half-hour short (objective 2 510–2 710). Started afresh it changed 538 shifts and left 77 half-hours short
/// (40 753); with everyone free in the weeks concerned instead of the dates, 11 changes and 9 half-hours short (3 717).
/// </remarks>
internal static class ReplanRepair
{
    /// <summary>The neighbourhood's best rota, or null when it has none in the budget.</summary>
    public static SolutionSnapshot? Solve(RotaProblem problem, CpSatRun run, double budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(run);
        var start = ReplanStart.Of(problem);
        var (people, dates) = Free(problem, start);
        var model = RotaModel.Build(problem);
        var kept = start.ToLookup(a => (a.StaffId, a.Date));
        for (var p = 0; p < model.Staff.Count; p++)
        {
            if (people.Contains(model.Staff[p].Id))
            {
                continue;
            }

            foreach (var day in model.Grid.Days.Where(d => !dates.Contains(d.Date)))
            {
                Keep(model, p, day, kept[(model.Staff[p].Id, day.Date)].FirstOrDefault());
            }
        }

        SolutionReader.HintDecisions(model, start);
        var (status, solver) = run.Run(model.Model, "repair", budget);
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? SolutionReader.Capture(solver, model) : null;
    }

    /// <summary>Who is free over the whole horizon, and the dates on which everyone is free.</summary>
    internal static (HashSet<string> People, HashSet<LocalDate> Dates) Free(RotaProblem problem, IReadOnlyList<Assignment> start)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(start);
        var people = new HashSet<string>(StringComparer.Ordinal);
        var dates = new HashSet<LocalDate>();
        var horizon = problem.Dates.ToHashSet();
        var kept = start.ToHashSet();
        foreach (var lost in problem.Reference.Where(a => horizon.Contains(a.Date) && !kept.Contains(a)))
        {
            people.Add(lost.StaffId);
            dates.Add(lost.Date);
        }

        foreach (var violation in Validation.RotaValidator.Validate(problem, start))
        {
            // A person's rule is theirs to repair; a floor left short on a date is everyone's.
            if (violation.StaffId is { } id)
            {
                people.Add(id);
            }
            else if (horizon.Contains(violation.Date))
            {
                dates.Add(violation.Date);
            }
        }

        return (people, dates);
    }

    /// <summary>Fixes person <paramref name="p"/>'s day to <paramref name="shift"/> (or to no shift), its break included.</summary>
    private static void Keep(RotaModel model, int p, DayGrid day, Assignment? shift)
    {
        var template = shift is null ? null : model.Grid.Find(day.Index, shift.Start, shift.End);
        if (shift is not null && template is null)
        {
            // A shift edited off the grid is not one of the model's: the day stays free, and the search decides.
            return;
        }

        var shifts = model.X.Shifts(p, day.Index);
        for (var t = 0; t < shifts.Count; t++)
        {
            model.Model.Add(shifts[t] == (template?.Index == t ? 1 : 0));
        }

        var breakSlot = shift?.BreakStart is { } b ? RotaGrid.ToSlot(b, model.Grid.SlotMinutes) : -1;
        var breaks = model.X.Breaks(p, day.Index);
        if (breakSlot >= 0 && !breaks.ContainsKey(breakSlot))
        {
            return;
        }

        foreach (var (slot, variable) in breaks)
        {
            model.Model.Add(variable == (slot == breakSlot ? 1 : 0));
        }
    }
}
