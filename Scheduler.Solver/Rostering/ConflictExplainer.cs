using Google.OrTools.Sat;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Explains a problem no rota was found for: solves it again with every hard rule under its own assumption literal (per
/// rule, person and dates) and maps CP-SAT's sufficient assumptions for infeasibility back to sentences. The managers and
/// the listeners are explained apart (<see cref="RoleParts.ForHardRules"/>): a conflict is then found in a model of the
/// role it concerns, and a part is named only when it alone keeps no rota. A part of several weeks is explained a week at a
/// time first (<see cref="WeekRelaxation"/>), the horizon only when no week alone is proven to keep no rota. When a floor
/// rule is in the conflict, its part is solved with the floor relaxed to measure the missing listener- or manager-hours
/// per date. The conflict is trimmed of the rules it does without (<see cref="CoreTrimming"/>).
/// </summary>
internal static class ConflictExplainer
{
    /// <summary>
    /// Share of the explanation's budget for measuring the shortage, spread over the parts. Its first rotas come within
    /// seconds, and CP-SAT cannot prove the least shortage (its LP bound is 0 on these models), so it spends all it is
    /// given: on the 3133's managers over 4 weeks with one of them on leave a week, the 8 hours short were found in 2 s of
    /// 55. A part that keeps its floor is proven so at once (a rota with nothing short reaches that bound of 0).
    /// </summary>
    private const double ShortageShare = 0.25;

    /// <summary>Share of each week's budget for its shortage when a part is explained week by week; the core has the rest.</summary>
    private const double WeekShortageShare = 0.25;

    /// <summary>
    /// With one worker the shortage search takes turns between an LP-guided search, which proves the small cases, and one
    /// without the LP plus CP-SAT's neighbourhoods, which find the good rotas of the large ones (the one search without
    /// LP left 19.5 hours short where 8 were enough).
    /// </summary>
    private const string OneWorkerShortageParameters = "interleave_search:true subsolvers:\"default_lp\" subsolvers:\"no_lp\"";

    /// <summary>What the explanation found; <see cref="Proven"/> is false when no part was proven to keep no rota in the time.</summary>
    public sealed record Report(IReadOnlyList<Conflict> Conflicts, IReadOnlyList<DailyShortage> Shortages, bool Proven);

    /// <summary>
    /// The answer of a search that ended without a rota: Infeasible with the explanation when the search proved it or the
    /// explanation does, else Unknown. A search that ran out of time may still be answered: a floor one role cannot keep
    /// is quick to prove in that role's model alone, and in that week's. One of the 3133's managers on leave a week of four:
    /// Unknown after 27 s before, Infeasible naming the managers' leave, days off and floor, 8 hours short, after 25 s.
    /// </summary>
    public static RotaSolution Answer(RotaProblem problem, SolverOptions options, CpSatRun run, bool provenBySearch)
    {
        var report = run.IsCancelled ? null : Explain(problem, run, options.ExplainTimeLimit.TotalSeconds);
        return report is not null && (provenBySearch || report.Proven)
            ? new RotaSolution(SolveStatus.Infeasible, null, new Dictionary<string, long>(), null, null, run.Elapsed, null, [], report.Conflicts, report.Shortages)
            : new RotaSolution(SolveStatus.Unknown, null, new Dictionary<string, long>(), null, null, run.Elapsed, null, [], [], []);
    }

    /// <param name="budget">Wall seconds, or deterministic units in deterministic mode, for the whole explanation.</param>
    public static Report Explain(RotaProblem problem, CpSatRun run, double budget)
    {
        ArgumentNullException.ThrowIfNull(run);
        var end = run.Spent + budget;
        // A part with a week short by counting first: it is the one to name, and the other's search would only delay it.
        var parts = RoleParts.ForHardRules(problem).Where(RotaSolver.FitsWhole).OrderBy(p => FloorCapacity.AnyWeekShort(p) ? 0 : 1).ToList();
        var shortageBudget = budget * ShortageShare / Math.Max(1, parts.Count);
        return FirstConflict(parts, run, end, shortageBudget) is { } first
            ? WithOtherShortWeeks(first, parts, run, end, shortageBudget)
            : new Report([Unexplained(problem)], [], Proven: false);
    }

    /// <summary>The first part proven to keep no rota, explained, or null when none was proven so before <paramref name="end"/>.</summary>
    private static Report? FirstConflict(List<RotaProblem> parts, CpSatRun run, double end, double shortageBudget)
    {
        // Parts short only as far as their search found, each week of them keeping its floor alone: explained last.
        var doubtful = new List<(RotaProblem Part, List<DailyShortage> Shortages)>();
        for (var i = 0; i < parts.Count && !run.IsCancelled && end - run.Spent > 0; i++)
        {
            var reserved = (parts.Count - 1 - i) * shortageBudget;

            // Weeks short by counting alone are explained first, without the horizon's floor-relaxed search: 18 of the
            // 3133's listeners on leave a week of four, 16.0 s before, 10.2 s after (with their part first).
            var counted = Enumerable.Range(0, parts[i].Weeks).Where(w => FloorCapacity.FallsShort(parts[i], w)).ToList();
            if (parts[i].Weeks > 1 && counted.Count > 0 && ByWeek(parts[i], counted, run, end - reserved).Report is { } proven)
            {
                return proven;
            }

            // The floors relaxed first: a part with nothing short keeps every rule and needs no explaining.
            var (status, shortages) = Shortage(parts[i], run, Math.Min(shortageBudget, end - run.Spent));
            if (status == CpSolverStatus.Optimal && shortages.Count == 0)
            {
                continue;
            }

            // A part of several weeks is explained a week at a time first: a week alone is quick to explain where the
            // horizon is not.
            var (report, weeksKeepFloors) = parts[i].Weeks > 1
                ? ByWeek(parts[i], WeeksToTry(parts[i], status, shortages), run, status == CpSolverStatus.Unknown ? end - reserved : run.Spent + ((end - reserved - run.Spent) / 2))
                : (null, false);
            if (report is not null)
            {
                // One part that keeps no rota is enough: the other part's search would only delay the answer (its weeks
                // the counting shows short are explained after).
                return report;
            }

            // A part whose relaxation finds no rota in its share is too large to explain whole. One whose short weeks
            // each keep their floor alone is more likely short by its search than by its rules (the 3133's managers over
            // two weeks, 0.75 units with one worker): the next part goes first.
            if (status == CpSolverStatus.Unknown)
            {
                continue;
            }

            if (weeksKeepFloors)
            {
                doubtful.Add((parts[i], shortages));
            }
            else if (Answered(parts[i], ConflictCore.Find(parts[i], run, end - run.Spent - reserved), shortages) is { } answer)
            {
                return answer;
            }
        }

        foreach (var (part, shortages) in doubtful)
        {
            if (!run.IsCancelled && end - run.Spent > 0 && Answered(part, ConflictCore.Find(part, run, end - run.Spent), shortages) is { } answer)
            {
                return answer;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="first"/> with the other weeks explained, in every part, that keep no rota by counting alone
    /// (<see cref="FloorCapacity"/>), in the time left: a summer's weeks short of listeners, or the managers short one week
    /// and the listeners another, in one answer where each took a solve of its own. Free when no other week is short. Each
    /// week's shortage gets no more than a part's first one: it spends all it is given (its least is never proven).
    /// </summary>
    private static Report WithOtherShortWeeks(Report first, List<RotaProblem> parts, CpSatRun run, double end, double shortageBudget)
    {
        var named = first.Conflicts.Where(c => c.StaffId is null).ToList();
        var weeks = parts
            .SelectMany(part => Enumerable.Range(0, part.Weeks).Select(w => (Part: part, Week: w)))
            .Where(x => FloorCapacity.FallsShort(x.Part, x.Week))
            .Where(x => !named.Any(c => c.Rule == FloorCapacity.FloorRule(x.Part) && c.From <= x.Part.Start.PlusDays((7 * x.Week) + 6) && c.To >= x.Part.Start.PlusDays(7 * x.Week)))
            .ToList();
        var (conflicts, shortages) = (first.Conflicts.ToList(), first.Shortages.ToList());
        for (var i = 0; i < weeks.Count && !run.IsCancelled && end - run.Spent > 0; i++)
        {
            var week = WeekRelaxation.Of(weeks[i].Part, weeks[i].Week);
            var weekEnd = run.Spent + ((end - run.Spent) / (weeks.Count - i));
            var (_, found) = Shortage(week, run, Math.Min(shortageBudget, (weekEnd - run.Spent) * WeekShortageShare));
            if (Answered(week, ConflictCore.Find(week, run, weekEnd - run.Spent), found) is { } answer)
            {
                conflicts.AddRange(answer.Conflicts);
                shortages.AddRange(answer.Shortages);
            }
        }

        return first with { Conflicts = conflicts, Shortages = shortages };
    }

    /// <summary>
    /// The weeks of a part of several weeks to explain alone, in turn: those its relaxation left short, the most short
    /// first, or, when it found no rota, every week, the one with the fewest people on hand first. A week alone is quick
    /// to explain where the horizon is not: one of the 3133's managers on leave a week of four, 4.5 units for the core of
    /// the four weeks, 0.5 for the week's.
    /// </summary>
    private static List<int> WeeksToTry(RotaProblem part, CpSolverStatus status, List<DailyShortage> shortages) =>
        status == CpSolverStatus.Unknown
            ? [.. Enumerable.Range(0, part.Weeks).OrderBy(w => FloorCapacity.PeopleOnHand(part, w)).ThenBy(w => w)]
            : [.. shortages.GroupBy(s => part.WeekOf(s.Date)).OrderByDescending(g => g.Sum(s => s.MissingHours)).ThenBy(g => g.Key).Select(g => g.Key)];

    /// <summary>
    /// Explains <paramref name="weeks"/> of <paramref name="part"/> alone (<see cref="WeekRelaxation"/>) until one is
    /// proven to keep no rota or <paramref name="end"/> comes, each with half of what is left (the last with all of it): a
    /// week that keeps its floor costs its whole share, since no rota of it is found quickly without the solver's
    /// heuristics. The report is null when no week was proven so; <c>KeepFloors</c> says every week was proven to keep
    /// its floor alone.
    /// </summary>
    private static (Report? Report, bool KeepFloors) ByWeek(RotaProblem part, List<int> weeks, CpSatRun run, double end)
    {
        var keepFloors = 0;
        for (var i = 0; i < weeks.Count && !run.IsCancelled && end - run.Spent > 0; i++)
        {
            var week = WeekRelaxation.Of(part, weeks[i]);
            var weekBudget = (end - run.Spent) / (i == weeks.Count - 1 ? 1 : 2);
            var weekEnd = run.Spent + weekBudget;
            var (status, shortages) = Shortage(week, run, weekBudget * WeekShortageShare);
            if (status == CpSolverStatus.Optimal && shortages.Count == 0)
            {
                keepFloors++;
                continue;
            }

            if (status != CpSolverStatus.Unknown && Answered(week, ConflictCore.Find(week, run, weekEnd - run.Spent), shortages) is { } answer)
            {
                return (answer, false);
            }
        }

        return (null, keepFloors == weeks.Count);
    }

    /// <summary>The report of a part proven to keep no rota by <paramref name="core"/>, or null when it was not proven so.</summary>
    private static Report? Answered(RotaProblem part, List<Conflict>? core, List<DailyShortage> shortages)
    {
        if (core is null)
        {
            return null;
        }

        var floor = core.Any(c => c.Rule is RuleNames.ListenerCover or RuleNames.ManagerCover);
        return new Report(core.Count > 0 ? core : [Unexplained(part)], floor ? shortages : [], Proven: true);
    }

    /// <summary>
    /// The part with its floors relaxed, the missing slots minimised: the search's status (Optimal with nothing short: the
    /// part keeps every rule) and the missing hours per floor and date of the best rota found.
    /// </summary>
    private static (CpSolverStatus Status, List<DailyShortage> Shortages) Shortage(RotaProblem part, CpSatRun run, double budget)
    {
        var model = RotaModel.Build(part, ModelMode.Shortage);
        var (status, solver) = run.Run(model.Model, "shortage", Math.Max(0.1, budget), reportsRota: false,
            extraParameters: run.Workers == 1 ? OneWorkerShortageParameters : string.Empty);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (status, []);
        }

        var hoursPerSlot = part.Rules.SlotLength.TotalHours;
        return (status, [.. model.Shortages
            .Select(s => new DailyShortage(s.Rule, s.Date, solver.Value(s.MissingSlots) * hoursPerSlot))
            .Where(s => s.MissingHours > 0)]);
    }

    private static Conflict Unexplained(RotaProblem problem) => new(
        "unexplained",
        null,
        problem.Start,
        problem.End,
        "Aucun planning ne respecte toutes les règles, mais le conflit n'a pas pu être isolé dans le temps imparti.",
        "No rota keeps every rule, but the conflict could not be isolated within the time limit.");
}
