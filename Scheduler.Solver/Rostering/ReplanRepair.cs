using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Repairs a rota that no longer fits the problem (the published rota after absences, a rota planned without the pins) in
/// a small neighbourhood of it that CP-SAT searches well. Its shifts still possible (<see cref="ReplanStart"/>) stay fixed
/// except where the rota changed, in growing neighbourhoods, each hinted with the best rota so far: the people whose shifts
/// changed (lost to an absence, replaced by a pin) or who now break a rule are free in the weeks of those dates, then over
/// the whole horizon; everyone is free on the dates where a shift changed or the floor is broken, so the others can move
/// their shifts to cover a gap without changing their hours (<see cref="KeepPaidTime"/>); last, the colleagues of a
/// changed person (same role and contract hours) are free in that week, so they can trade whole days with that person.
/// When none has a legal rota, everyone is free in the weeks concerned.
/// </summary>
/// <remarks>
/// On the 3133 over 4 weeks with one listener off sick for three days (30 s, quiet machine) the re-plan changed 7–9 shifts
/// and left 0–1 half-hour short (objective 2 510–2 780). Started afresh it changed 538 shifts and left 77 half-hours short
/// (40 753); with everyone free in the weeks concerned, 11 changes and 9 half-hours short (3 717). Without the colleagues,
/// a pinned manager's shift on a day off left the managers' floor impossible to keep in one run of three. Searched first,
/// the people's weeks took a pinned solve's listeners to 2 125 in 4 s, where freeing them over the horizon reached 2 672
/// in 2.4 s (2 387 in 23 s).
/// </remarks>
internal static class ReplanRepair
{
    /// <summary>Share of the budget for the people's weeks of their changes (see <see cref="Neighbourhood.Local"/>), searched first.</summary>
    private const double LocalShare = 0.5;

    /// <summary>Share of the budget for the neighbourhood without the colleagues after the local one (hinted with its rota).</summary>
    private const double NarrowAfterLocalShare = 0.2;

    /// <summary>Share of the budget for the neighbourhood without the colleagues when it is the first (a one-week horizon).</summary>
    private const double NarrowShare = 0.4;

    /// <summary>Share of the budget kept for putting breaks back where they were (see <see cref="KeepBreaks"/>).</summary>
    private const double BreaksShare = 0.15;

    /// <summary>The published rota's repair (<see cref="RotaProblem.Reference"/>), or null when none is found in the budget.</summary>
    public static SolutionSnapshot? Solve(RotaProblem problem, CpSatRun run, double budget) =>
        Solve(problem, problem?.Reference ?? throw new ArgumentNullException(nameof(problem)), run, budget, keepBreaks: true);

    /// <summary>The best rota of <paramref name="basis"/>'s neighbourhood, or null when none is found in the budget.</summary>
    /// <param name="keepBreaks">True when the basis was published: its breaks are then moved as little as possible.</param>
    public static SolutionSnapshot? Solve(RotaProblem problem, IReadOnlyList<Assignment> basis, CpSatRun run, double budget, bool keepBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(run);
        var start = ReplanStart.Of(problem, basis);
        var end = run.Remaining - budget;
        var free = Free(problem, basis, start);
        SolutionSnapshot? best = null;
        var status = CpSolverStatus.Unknown;
        void Search(Neighbourhood neighbourhood, double seconds)
        {
            // With a legal rota as a complete hint each later search starts from it, so it can only improve it.
            var (found, rota) = Solve(problem, start, best, neighbourhood, run, seconds);
            best = rota is not null && (best is null || rota.Objective < best.Objective) ? rota : best;
            status = best is null ? found : CpSolverStatus.Feasible;
        }

        // In a one-week horizon the local neighbourhood is the narrow one.
        var local = problem.Weeks > 1;
        if (local)
        {
            Search(free.Local(), budget * LocalShare);
        }

        Search(free.WithoutColleagues(), budget * (local ? NarrowAfterLocalShare : NarrowShare));
        var breaksEnd = end + (keepBreaks ? budget * BreaksShare : 0);
        if (run.Remaining - breaksEnd > 0.1)
        {
            Search(free, run.Remaining - breaksEnd);
        }

        if (best is null && status == CpSolverStatus.Infeasible && run.Remaining - end > 0.1)
        {
            Search(free.Widened(), run.Remaining - end);
        }

        return keepBreaks && best is not null && run.Remaining - end > 0.1 ? KeepBreaks(problem, start, best, free, run, run.Remaining - end) ?? best : best;
    }

    /// <summary>
    /// The same rota's cost with as few breaks moved as possible: the change term does not price breaks, so the search
    /// leaves them wherever it found an equally good rota (18–97 moved on the 3133 re-plans measured). A second, lexicographic
    /// solve caps every term at the rota's total and minimises the shifts kept whose break moved. Null when it finds nothing.
    /// </summary>
    internal static SolutionSnapshot? KeepBreaks(RotaProblem problem, IReadOnlyList<Assignment> start, SolutionSnapshot best, Neighbourhood free, CpSatRun run, double budget)
    {
        var model = Restricted(problem, start, free);
        model.Model.Add(LinearExpr.Sum(model.Penalties.Select(p => p.Cost)) <= (long)Math.Round(best.Objective));
        var moved = LinearExpr.NewBuilder();
        foreach (var shift in start.Where(a => a.BreakStart is not null && free.Contains(a.StaffId, a.Date)))
        {
            var p = model.IndexOf(shift.StaffId);
            if (p < 0 || model.Grid.DayIndex(shift.Date) is not { } day || model.Grid.Find(day, shift.Start, shift.End) is not { } template
                || RotaGrid.SlotOf(shift.BreakStart!.Value, model.Grid.SlotMinutes) is not { } slot || !model.X.Breaks(p, day).TryGetValue(slot, out var kept))
            {
                continue;
            }

            // Moved when the same shift is worked with its break elsewhere.
            var away = model.Model.NewBoolVar(string.Empty);
            model.Model.Add(model.X.Shift(p, day, template.Index) - kept <= away);
            moved.Add(away);
        }

        model.Model.Minimize(moved);
        SolutionReader.HintAll(model, best);
        var (status, solver) = run.Run(model.Model, "keep breaks", budget, reportsRota: false);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        var found = SolutionReader.Capture(solver, model);
        return found with { Objective = found.Terms.Values.Sum() };
    }

    /// <summary>What is free around the changes between <paramref name="basis"/> and its <paramref name="start"/>.</summary>
    internal static Neighbourhood Free(RotaProblem problem, IReadOnlyList<Assignment> basis, IReadOnlyList<Assignment> start)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(start);
        var free = new Neighbourhood(problem);
        var horizon = problem.Dates.ToHashSet();
        var before = basis.Where(a => horizon.Contains(a.Date)).ToHashSet();
        var after = start.ToHashSet();
        foreach (var changed in before.Except(after).Concat(after.Except(before)))
        {
            free.AddPerson(changed.StaffId, changed.Date);
            free.Dates.Add(changed.Date);
        }

        foreach (var violation in Validation.RotaValidator.Validate(problem, start))
        {
            // A person's rule is theirs to repair (with their colleagues); a floor left short on a date is everyone's.
            if (violation.StaffId is { } id)
            {
                free.AddPerson(id, horizon.Contains(violation.Date) ? violation.Date : null);
            }
            else if (horizon.Contains(violation.Date))
            {
                free.Dates.Add(violation.Date);
            }
        }

        return free;
    }

    private static (CpSolverStatus Status, SolutionSnapshot? Found) Solve(
        RotaProblem problem, IReadOnlyList<Assignment> start, SolutionSnapshot? hint, Neighbourhood free, CpSatRun run, double budget)
    {
        var model = Restricted(problem, start, free);
        if (hint is not null)
        {
            SolutionReader.HintAll(model, hint);
        }
        else
        {
            SolutionReader.HintDecisions(model, start);
        }

        var (status, solver) = run.Run(model.Model, "repair", budget, improving: hint is not null);
        return (status, status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? SolutionReader.Capture(solver, model) : null);
    }

    /// <summary>The problem's model with every person-day outside <paramref name="free"/> fixed to <paramref name="start"/>.</summary>
    private static RotaModel Restricted(RotaProblem problem, IReadOnlyList<Assignment> start, Neighbourhood free)
    {
        var model = RotaModel.Build(problem);
        var kept = start.ToLookup(a => (a.StaffId, a.Date));
        for (var p = 0; p < model.Staff.Count; p++)
        {
            var id = model.Staff[p].Id;
            foreach (var day in model.Grid.Days.Where(d => !free.Contains(id, d.Date)))
            {
                Keep(model, p, day, kept[(id, day.Date)].FirstOrDefault());
            }

            KeepPaidTime(model, p, free, kept);
        }

        return model;
    }

    /// <summary>
    /// A person free only on some dates (everyone's, where a shift changed) works there as long as before, in all: their
    /// contract's hours are already spent on the dates fixed, so any other length breaks them. Said outright, the search
    /// need not find it out through the contract's rows over the whole horizon.
    /// </summary>
    private static void KeepPaidTime(RotaModel model, int p, Neighbourhood free, ILookup<(string, NodaTime.LocalDate), Assignment> kept)
    {
        var id = model.Staff[p].Id;
        if (free.People.Contains(id) || !model.Problem.Rules.ContractHoursApply)
        {
            return;
        }

        var paid = LinearExpr.NewBuilder();
        var before = 0L;
        foreach (var day in model.Grid.Days.Where(d => free.Dates.Contains(d.Date) && !free.Weeks.Contains((id, d.Index / 7))))
        {
            if (kept[(id, day.Date)].FirstOrDefault() is { } shift)
            {
                if (model.Grid.Find(day.Index, shift.Start, shift.End) is not { } template)
                {
                    return;
                }

                before += template.PaidMinutes;
            }

            var shifts = model.X.Shifts(p, day.Index);
            paid.Add(LinearExpr.WeightedSum(shifts, Enumerable.Range(0, shifts.Count).Select(t => (long)day.Templates[t].PaidMinutes)));
        }

        model.Model.Add(paid == before);
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

        var breakSlot = shift?.BreakStart is { } b ? RotaGrid.SlotOf(b, model.Grid.SlotMinutes) ?? -1 : -1;
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
