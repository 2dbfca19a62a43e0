using Google.OrTools.Sat;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering.Rules;

namespace Scheduler.Solver.Rostering.Bounds;

/// <summary>
/// The managers' rota seen by the day: who works which day and who works until closing, with only what every legal rota
/// of whole shifts must satisfy (each open day needs enough shifts to span it with the floor, as many starting at opening
/// and as many ending at closing as the floor, not the same people when no shift spans the day; days off, working days in 7 and runs of weekends with the history; as many days a week and over
/// the horizon as the contract's paid minutes need) and the terms a day sees priced exactly: the spreads of weekend days,
/// late shifts and holidays, weekend runs, a start time in every week worked and a second one in a week with a day
/// started at opening and a day started later. CP-SAT solves it to optimality in a
/// fraction of a second, so its value bounds the part from below, where the column bound saw only the start times, and
/// its days are a plan for the shifts (<see cref="Fix"/>).
/// It applies to a part whose people all keep its one floor and nothing else: the managers (see <see cref="RoleParts"/>),
/// pins included (<see cref="FixPins"/>).
/// </summary>
internal sealed partial class DayRelaxation
{
    /// <summary>
    /// Share of the budget for the first search. Proving the 3133's 4 weeks is heavy-tailed: with 16 seeds, 15 proved in
    /// 0.2–1.7 s and the other not in 10 s (bound 88 against 108), so an unproven search starts again with another seed
    /// (30 seeds: all proven within 6 s, the slowest in 4.3 s).
    /// </summary>
    private const double FirstAttemptShare = 0.5;

    private readonly RotaProblem problem;
    private readonly RotaGrid grid;
    private readonly CpModel model = new();
    private readonly BoolVar?[,] works;
    private readonly BoolVar?[,] late;
    private readonly BoolVar?[,] opens;

    private DayRelaxation(RotaProblem problem)
    {
        this.problem = problem;
        grid = RotaGrid.Build(problem);
        works = new BoolVar?[problem.Staff.Count, grid.Days.Count];
        late = new BoolVar?[problem.Staff.Count, grid.Days.Count];
        opens = new BoolVar?[problem.Staff.Count, grid.Days.Count];
    }

    /// <summary>A lower bound on the part's objective and the days of a rota that reaches it.</summary>
    /// <param name="Works">Per person and day of the horizon, whether the person works.</param>
    /// <param name="Late">Per person and day, whether the shift ends at closing.</param>
    /// <param name="Opens">Per person and day, whether the shift starts at opening.</param>
    public sealed record Plan(double Bound, bool Optimal, bool[,] Works, bool[,] Late, bool[,] Opens);

    /// <summary>True for a part of managers alone, with their floor and no need: the day relaxation sees all that binds them.</summary>
    public static bool Applies(RotaProblem problem) =>
        problem.Staff.Count > 0 && problem.Staff.All(s => s.Role == StaffRole.Manager) && problem.Demand.Count == 0
        && problem.Rules.MinManagersOnDuty > 0 && problem.Shifts.Count == 0 && problem.Reference.Count == 0;

    /// <summary>The plan, or null when the relaxation is infeasible or not solved in the budget.</summary>
    public static Plan? Solve(RotaProblem problem, CpSatRun run, double budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(run);
        var relaxation = new DayRelaxation(problem);
        relaxation.Build();
        // The LP worker with the most cuts and the core-based one, with symmetry detection (the managers are alike) and the
        // fuller linearization, prove the 3133's 4 weeks optimal in 0.5–2.6 s (eight runs); without linearization_level:2
        // one run in three took 6–6.6 s, without symmetry detection not within 1 s, and the solver's usual pair here (no_lp,
        // default_lp) not within 10 deterministic units. Ordering the managers' days as the full model does
        // (InterchangeableOrder) instead of the detection took 1.1–14 s.
        const string parameters = "subsolvers:\"max_lp\" subsolvers:\"core\" symmetry_level:2 linearization_level:2";
        var end = run.Remaining - budget;
        var (status, solver) = run.Run(relaxation.model, "day relaxation", budget * FirstAttemptShare, reportsRota: false, extraParameters: parameters);
        var bound = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver.BestObjectiveBound : 0;
        if (status != CpSolverStatus.Optimal && run.Remaining - end > 0.1)
        {
            // Proving is heavy-tailed (see FirstAttemptShare): unproven, the search starts again with another seed.
            var (again, other) = run.Run(relaxation.model, "day relaxation", run.Remaining - end, reportsRota: false, extraParameters: $"{parameters} random_seed:{run.Seed + 1}");
            if (again is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                // Both bounds hold; the plan comes from the proven search, else from the second.
                bound = Math.Max(bound, other.BestObjectiveBound);
                (status, solver) = (again, other);
            }
        }

        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        var people = problem.Staff.Count;
        var days = relaxation.grid.Days.Count;
        var worksValue = new bool[people, days];
        var lateValue = new bool[people, days];
        var opensValue = new bool[people, days];
        for (var p = 0; p < people; p++)
        {
            for (var d = 0; d < days; d++)
            {
                worksValue[p, d] = relaxation.works[p, d] is { } w && solver.BooleanValue(w);
                lateValue[p, d] = relaxation.late[p, d] is { } l && solver.BooleanValue(l);
                opensValue[p, d] = relaxation.opens[p, d] is { } o && solver.BooleanValue(o);
            }
        }

        return new Plan(Math.Max(0, bound), status == CpSolverStatus.Optimal, worksValue, lateValue, opensValue);
    }

    /// <summary>Fixes the part's full model to the plan's days: who works, who starts at opening and who ends at closing.</summary>
    public static void Fix(RotaModel full, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(full);
        ArgumentNullException.ThrowIfNull(plan);
        for (var p = 0; p < full.Staff.Count; p++)
        {
            foreach (var day in full.Grid.Days.Where(d => d.IsOpen))
            {
                full.Model.Add(full.X.Works(p, day.Index) == (plan.Works[p, day.Index] ? 1 : 0));
                full.Model.Add(full.X.EndsAtOrAfter(p, day.Index, day.CloseSlot) == (plan.Late[p, day.Index] ? 1 : 0));
                full.Model.Add(full.X.StartsAt(p, day.Index, day.OpenSlot) == (plan.Opens[p, day.Index] ? 1 : 0));
            }
        }
    }

    /// <summary>A pin fixes its day: worked, from opening or not, until closing or not (so every rota keeping it is a solution).</summary>
    private void FixPins()
    {
        foreach (var pin in problem.Pinned)
        {
            var p = problem.Staff.ToList().FindIndex(s => s.Id == pin.StaffId);
            if (p < 0 || grid.DayIndex(pin.Date) is not { } d || works[p, d] is not { } worked)
            {
                // A pin on a day the person cannot work: the full model explains that conflict.
                continue;
            }

            var day = grid.Days[d];
            model.Add(worked == 1);
            model.Add(late[p, d]! == (pin.Date.At(pin.End) >= day.SlotStart(day.CloseSlot) ? 1 : 0));
            model.Add(opens[p, d]! == (pin.Date.At(pin.Start) == day.SlotStart(day.OpenSlot) ? 1 : 0));
        }
    }

    private void Build()
    {
        var rules = problem.Rules;
        var weights = problem.Weights;
        var history = new HistoryView(problem);
        var longest = grid.Days.SelectMany(d => d.Templates).Select(t => t.LengthSlots * grid.SlotMinutes).DefaultIfEmpty(0).Max();
        var mostPaid = grid.Days.SelectMany(d => d.Templates).Select(t => t.PaidMinutes).DefaultIfEmpty(0).Max();
        var leastPaid = grid.Days.SelectMany(d => d.Templates).Select(t => t.PaidMinutes).DefaultIfEmpty(0).Min();
        for (var p = 0; p < problem.Staff.Count; p++)
        {
            foreach (var day in grid.Days.Where(d => d.IsOpen && d.Templates.Count > 0 && problem.Staff[p].IsAvailableOn(d.Date)))
            {
                works[p, day.Index] = model.NewBoolVar(string.Empty);
                late[p, day.Index] = model.NewBoolVar(string.Empty);
                opens[p, day.Index] = model.NewBoolVar(string.Empty);
                model.AddImplication(late[p, day.Index]!, works[p, day.Index]!);
                model.AddImplication(opens[p, day.Index]!, works[p, day.Index]!);
            }
        }

        FixPins();

        LinearExpr Works(int p, int d) => works[p, d] is { } v ? v : LinearExpr.Constant(0);
        LinearExpr Late(int p, int d) => late[p, d] is { } v ? v : LinearExpr.Constant(0);
        LinearExpr Opens(int p, int d) => opens[p, d] is { } v ? v : LinearExpr.Constant(0);
        var everyone = Enumerable.Range(0, problem.Staff.Count).ToList();

        foreach (var day in grid.Days.Where(d => d.IsOpen))
        {
            // The floor's duty time over the day, in shifts of at most the longest length; as many on duty at closing.
            var span = (day.CloseSlot - day.OpenSlot) * grid.SlotMinutes;
            var shifts = longest == 0 ? int.MaxValue : (int)Math.Ceiling(rules.MinManagersOnDuty * span / (double)longest);
            model.Add(LinearExpr.Sum(everyone.Select(p => Works(p, day.Index))) >= Math.Min(shifts, problem.Staff.Count + 1));
            model.Add(LinearExpr.Sum(everyone.Select(p => Late(p, day.Index))) >= rules.MinManagersOnDuty);
            // Those on duty at opening started then (nobody works before it), and do not close when no shift spans the day.
            model.Add(LinearExpr.Sum(everyone.Select(p => Opens(p, day.Index))) >= rules.MinManagersOnDuty);
            if (span > longest)
            {
                foreach (var p in everyone)
                {
                    model.Add(Opens(p, day.Index) + Late(p, day.Index) <= 1);
                }
            }
        }

        var cost = LinearExpr.NewBuilder();
        var seconds = Enumerable.Range(0, grid.WeekCount).Select(_ => new List<BoolVar>()).ToList();
        for (var p = 0; p < problem.Staff.Count; p++)
        {
            var person = problem.Staff[p];
            var worked = Enumerable.Range(-7, 7).Select(back => history.Worked(person.Id, problem.Start.PlusDays(back)) ? LinearExpr.Constant(1) : LinearExpr.Constant(0))
                .Concat(grid.Days.Select(d => Works(p, d.Index))).ToList();
            for (var first = 1; first + 7 <= worked.Count; first++)
            {
                model.Add(LinearExpr.Sum(worked.Skip(first).Take(7)) <= rules.MaxWorkingDaysInSeven);
            }

            for (var w = 0; w < grid.WeekCount; w++)
            {
                var week = grid.Week(w).ToList();
                var days = LinearExpr.Sum(week.Select(d => Works(p, d.Index)));
                model.Add(days <= 7 - rules.MinDaysOffPerWeek);
                if (rules.ContractHoursApply && mostPaid > 0)
                {
                    var target = ContractTargets.WeeklyTarget(person, week);
                    var (least, most) = person.Contract.IsFullTime ? ContractTargets.FullTimeLeeway(person, problem) : (0, 0);
                    var ceiling = person.Contract.IsFullTime ? target + most : target + ContractTargets.ExtraAllowed(person, rules);
                    model.Add(days * mostPaid >= Math.Max(0, target + least));
                    if (leastPaid > 0)
                    {
                        model.Add(days * leastPaid <= Math.Min(ceiling, (int)rules.MaxWeeklyWork.TotalMinutes));
                    }
                }

                if (weights.StartTimeStability > 0)
                {
                    seconds[w].Add(AddStartTimes(cost, week.Select(d => (Works(p, d.Index), Opens(p, d.Index))).ToList()));
                }
            }

            foreach (var stretch in mostPaid > 0 ? ContractStretches.Of(person, problem) : [])
            {
                var days = LinearExpr.Sum(stretch.Weeks.SelectMany(grid.Week).Select(d => Works(p, d.Index)));
                model.Add(days * mostPaid >= stretch.Least);
                if (leastPaid > 0)
                {
                    model.Add(days * leastPaid <= stretch.Most);
                }
            }

            AddWeekendRuns(cost, p, person.Id, history);
        }

        AddFairness(cost, Works, Late);
        AddSecondStartCuts(seconds, longest);
        model.Minimize(cost);
    }
}
