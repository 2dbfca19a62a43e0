using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Rostering.Rules;
using Scheduler.Solver.Validation;

namespace Scheduler.Solver.Rostering;

/// <summary>
/// Trades of shifts between two interchangeable people (same role, contract and channels, trained alike on the dates) that
/// leave every half-hour's cover as it was and even out fairness: the two swap what they work on one, two or three dates
/// or a whole week, each keeping their paid time, and full-timers may also trade in two weeks whose paid times even out. What
/// moves (fairness, start times, weekend runs) is priced here as the model prices it, each trade is checked by the
/// validator on the two people, and the caller keeps the result only when the model prices it lower. The searches before
/// it change many shifts at once and miss these: on the 3133 the listeners' rota over 2 weeks went from 1 296 to 1 179 and
/// from 1 240 to 1 221, over 4 weeks from 2 116 to 2 096–2 111.
/// </summary>
internal static class FairnessTrades
{
    /// <summary>Greedy paths tried, each from another of the best first trades.</summary>
    private const int Starts = 5;

    /// <summary>A trade: <see cref="Removed"/> leave the rota and <see cref="Added"/> enter it.</summary>
    /// <param name="Gain">What the trade gains with fairness seen as the distance to level (see <see cref="State.Deviation"/>): it chooses the trades.</param>
    /// <param name="Saving">What the trade saves on the model's terms (the spreads themselves): it chooses where a path stops.</param>
    private sealed record Trade(string First, string Second, Assignment[] Removed, Assignment[] Added, long Gain, long Saving = 0);

    /// <summary>The rota at the lowest point of the trade paths (see below), or null when no path lowers the model's terms (or trades do not apply).</summary>
    public static IReadOnlyList<Assignment>? Even(RotaProblem problem, IReadOnlyList<Assignment> rota, CpSatRun run, double budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rota);
        if (problem.Weights.Fairness <= 0 || problem.Reference.Count > 0 || problem.ShiftCover.Count > 0)
        {
            // A re-plan prices every changed shift, and a named shift's cover is the platform's: trades are priced for neither.
            return null;
        }

        // Greedy from each of the best first trades, the lowest point of any path kept: which trade comes first decides
        // which are left (on the 3133 over 4 weeks one path alone left the listeners at 2 096–2 114 from one run to another).
        var end = run.Remaining - budget;
        var firsts = new State(problem, rota).LegalTrades().DistinctBy(t => string.Join(';', t.Added.Select(a => $"{a.StaffId}{a.Date}{a.Start}").Order(StringComparer.Ordinal))).Take(Starts).ToList();
        var (bestSaving, best) = (0L, (IReadOnlyList<Assignment>?)null);
        foreach (var first in firsts)
        {
            // A path ends where the model's terms are lowest: trades toward level can each cost a start time and lower
            // the spread only together, and those past the last that did are dropped.
            var state = new State(problem, rota);
            var saving = 0L;
            for (var trade = first; trade is not null; trade = run.Remaining > end && !run.IsCancelled ? state.LegalTrades().FirstOrDefault() : null)
            {
                state.Make(trade);
                saving += trade.Saving;
                if (saving > bestSaving)
                {
                    (bestSaving, best) = (saving, state.Rota());
                }
            }
        }

        return best;
    }

    /// <summary>The rota being evened, per person and date, with each person's fairness counts.</summary>
    private sealed class State
    {
        private readonly RotaProblem problem;
        private readonly Dictionary<string, StaffMember> staff;
        private readonly Dictionary<string, Dictionary<LocalDate, Assignment>> shifts;
        private readonly Dictionary<string, int[]> counts;
        private readonly List<List<string>> groups;
        private readonly Dictionary<LocalDate, LocalTime> closing;
        private readonly HistoryView history;

        public State(RotaProblem problem, IReadOnlyList<Assignment> rota)
        {
            this.problem = problem;
            staff = problem.Staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
            shifts = problem.Staff.ToDictionary(s => s.Id, s => rota.Where(a => a.StaffId == s.Id).ToDictionary(a => a.Date), StringComparer.Ordinal);
            counts = RotaReport.Build(problem, rota).Fairness.ToDictionary(f => f.StaffId, f => new[] { f.WeekendDays, f.LateShifts, f.Holidays }, StringComparer.Ordinal);
            closing = problem.Opening.GroupBy(o => o.Date).ToDictionary(g => g.Key, g => g.First().Close);
            history = new HistoryView(problem);

            groups = [.. FairnessTerm.Groups(problem.Staff).Select(g => g.Select(p => problem.Staff[p].Id).ToList())];
        }

        public IReadOnlyList<Assignment> Rota() => [.. shifts.Values.SelectMany(s => s.Values).OrderBy(a => a.Date).ThenBy(a => a.StaffId, StringComparer.Ordinal)];

        /// <summary>The trades that gain, the best first, each legal when it is reached (the check is the costly part).</summary>
        public IEnumerable<Trade> LegalTrades() =>
            groups.SelectMany(Trades).Where(t => t.Gain > 0)
                .OrderByDescending(t => t.Gain).ThenBy(t => t.First, StringComparer.Ordinal).ThenBy(t => t.Second, StringComparer.Ordinal).ThenBy(t => t.Removed[0].Date).ThenBy(t => t.Removed.Length)
                .Where(Legal);

        public void Make(Trade trade)
        {
            foreach (var a in trade.Removed)
            {
                shifts[a.StaffId].Remove(a.Date);
                Count(a, -1);
            }

            foreach (var a in trade.Added)
            {
                shifts[a.StaffId][a.Date] = a;
                Count(a, 1);
            }
        }

        private void Unmake(Trade trade) => Make(trade with { Removed = trade.Added, Added = trade.Removed });

        private IEnumerable<Trade> Trades(List<string> group)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    var (a, b) = (group[i], group[j]);
                    if (!Interchangeable(staff[a], staff[b]) || staff[a].Preferences.Count > 0 || staff[b].Preferences.Count > 0)
                    {
                        // People with preferences keep their shifts: that term is not priced here.
                        continue;
                    }

                    // Listed before pricing: pricing makes each trade and takes it back.
                    foreach (var trade in Swaps(a, b).ToList())
                    {
                        yield return Priced(group, trade);
                    }
                }
            }
        }

        /// <summary>
        /// The two people's shifts on one, two or three dates or the whole of a week, each taking the other's, when each keeps
        /// their paid time (so their weekly and horizon hours) and the dates differ for them. Full-timers may also trade
        /// one or two dates in one week and one or two in another where the paid times even out over the two weeks, each
        /// keeping their days worked in each week and the gap within the weekly band: on the 3133 their shifts are of
        /// several lengths, and a Saturday of 9 h 15 traded for a weekday of 7 h 15 needs 2 h back in another week.
        /// </summary>
        private IEnumerable<(string, string, Assignment[], Assignment[])> Swaps(string a, string b)
        {
            var uneven = new List<(int Week, Duration Gap, List<Assignment> Mine, List<Assignment> Theirs)>();
            var spread = staff[a].Contract.IsFullTime && problem.Weeks > 1;
            for (var w = 0; w < problem.Weeks; w++)
            {
                var week = Enumerable.Range(0, 7).Select(d => problem.Start.PlusDays((7 * w) + d)).Where(d => TrainedAlike(a, b, d)).ToList();
                var small = week.Select(d => new[] { d }).Concat(week.SelectMany((d, i) => week.Skip(i + 1).Select(e => new[] { d, e }))).ToList();
                var triples = week.SelectMany((d, i) => week.Skip(i + 1).SelectMany((e, j) => week.Skip(i + j + 2).Select(f => new[] { d, e, f })));
                foreach (var dates in small.Concat(triples).Append([.. week]))
                {
                    var mine = dates.Select(d => shifts[a].GetValueOrDefault(d)).OfType<Assignment>().ToList();
                    var theirs = dates.Select(d => shifts[b].GetValueOrDefault(d)).OfType<Assignment>().ToList();
                    if (mine.Select(x => x with { StaffId = b }).SequenceEqual(theirs))
                    {
                        continue;
                    }

                    var gap = Paid(mine) - Paid(theirs);
                    if (gap == Duration.Zero)
                    {
                        yield return Swap(a, b, mine, theirs);
                    }
                    else if (spread && dates.Length <= 2 && mine.Count == theirs.Count && Duration.FromMinutes(Math.Abs(gap.TotalMinutes)) <= problem.Rules.FullTimeWeeklyBand)
                    {
                        uneven.Add((w, gap, mine, theirs));
                    }
                }
            }

            var byGap = uneven.ToLookup(u => u.Gap);
            foreach (var first in uneven.Where(u => u.Mine.Concat(u.Theirs).Any(Loads)))
            {
                foreach (var second in byGap[-first.Gap].Where(u => u.Week != first.Week))
                {
                    yield return Swap(a, b, [.. first.Mine, .. second.Mine], [.. first.Theirs, .. second.Theirs]);
                }
            }
        }

        private static (string, string, Assignment[], Assignment[]) Swap(string a, string b, List<Assignment> mine, List<Assignment> theirs) =>
            (a, b, [.. mine, .. theirs], [.. mine.Select(x => x with { StaffId = b }), .. theirs.Select(x => x with { StaffId = a })]);

        /// <summary>True when the shift counts toward fairness.</summary>
        private bool Loads(Assignment shift) => Load(shift).Any(x => x > 0);

        /// <summary>What the shift counts toward fairness, in the order of <see cref="counts"/>: a weekend day, a late shift (ending at closing), a holiday.</summary>
        private int[] Load(Assignment shift) =>
        [
            shift.Date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? 1 : 0,
            closing.TryGetValue(shift.Date, out var close) && shift.End == close ? 1 : 0,
            problem.Holidays.Contains(shift.Date) ? 1 : 0,
        ];

        private static Duration Paid(IEnumerable<Assignment> shifts) => shifts.Aggregate(Duration.Zero, (sum, x) => sum + x.PaidTime);

        /// <summary>What the trade gains on the group's fairness (see <see cref="Deviation"/>) and the two people's start times and weekend runs.</summary>
        private Trade Priced(List<string> group, (string A, string B, Assignment[] Removed, Assignment[] Added) trade)
        {
            var weights = problem.Weights;
            var own = Own(trade.A) + Own(trade.B);
            var (deviation, spreads) = (weights.Fairness * Deviation(group), weights.Fairness * Spreads(group));
            var made = new Trade(trade.A, trade.B, trade.Removed, trade.Added, 0);
            Make(made);
            var ownAfter = Own(trade.A) + Own(trade.B);
            var (deviationAfter, spreadsAfter) = (weights.Fairness * Deviation(group), weights.Fairness * Spreads(group));
            Unmake(made);
            return made with { Gain = deviation + own - deviationAfter - ownAfter, Saving = spreads + own - spreadsAfter - ownAfter };
        }

        /// <summary>
        /// How far the group's counts stray from level: per count, the units above the mean rounded up and below it rounded
        /// down (the mean does not move, as a trade keeps the group's totals). It is 0 when the spread is the least the totals
        /// allow, and, unlike the spread, each trade from the most loaded to the least lowers it: with three full-timers at
        /// 5 weekend days and three at 3, no single trade lowers the spread.
        /// </summary>
        private long Deviation(List<string> group)
        {
            var deviation = 0L;
            for (var k = 0; k < 3; k++)
            {
                var mean = group.Average(id => (double)counts[id][k]);
                var (low, high) = ((long)Math.Floor(mean), (long)Math.Ceiling(mean));
                deviation += group.Sum(id => Math.Max(0, counts[id][k] - high) + Math.Max(0, low - counts[id][k]));
            }

            return deviation;
        }

        private long Spreads(List<string> group) =>
            Enumerable.Range(0, 3).Sum(k => (long)(group.Max(id => counts[id][k]) - group.Min(id => counts[id][k])));

        /// <summary>The person's start-time and weekend terms, as <see cref="StartTimeStabilityTerm"/>, <see cref="ConsecutiveWeekendsTerm"/> and <see cref="BackToBackWeekendsTerm"/> price them.</summary>
        private long Own(string id)
        {
            var weights = problem.Weights;
            var mine = shifts[id].Values;
            var starts = mine.GroupBy(a => problem.WeekOf(a.Date)).Sum(week => week.Select(a => a.Start).Distinct().Count());
            var worked = Enumerable.Range(0, problem.Weeks).Select(w => mine.Any(a => problem.WeekOf(a.Date) == w && Load(a)[0] > 0)).ToList();
            var runs = 0;
            for (var w = 0; w < problem.Weeks; w++)
            {
                var run = Enumerable.Range(0, 3).Count(back => w - back >= 0 ? worked[w - back] : Weekends.WorkedBefore(problem, history, id, back - w));
                runs += run >= 3 ? 1 : 0;
            }

            // A week planned alone prices its weekend after one worked (BackToBackWeekendsTerm).
            var backToBack = problem.Weeks == 1 && worked[0] && Weekends.WorkedBefore(problem, history, id, 1) ? 1 : 0;
            return ((long)weights.StartTimeStability * starts) + ((long)weights.ConsecutiveWeekends * runs) + ((long)weights.BackToBackWeekends * backToBack);
        }

        private void Count(Assignment a, int sign)
        {
            var load = Load(a);
            for (var k = 0; k < load.Length; k++)
            {
                counts[a.StaffId][k] += sign * load[k];
            }
        }

        /// <summary>The trade keeps every rule for the two people (their floors and cover are unchanged, so left out).</summary>
        private bool Legal(Trade trade)
        {
            var two = new HashSet<string>([trade.First, trade.Second], StringComparer.Ordinal);
            bool Theirs(Assignment a) => two.Contains(a.StaffId);
            var pair = problem with
            {
                Staff = [.. problem.Staff.Where(s => two.Contains(s.Id))],
                Demand = [],
                History = [.. problem.History.Where(Theirs)],
                Pinned = [.. problem.Pinned.Where(Theirs)],
                Rules = problem.Rules with { MinTrainedListenersOnDuty = 0, MinManagersOnDuty = 0 },
            };
            Make(trade);
            var legal = RotaValidator.Validate(pair, [.. shifts[trade.First].Values, .. shifts[trade.Second].Values]).Count == 0;
            Unmake(trade);
            return legal;
        }

        private bool TrainedAlike(string a, string b, LocalDate date) =>
            staff[a].CountsAsTrainedListenerOn(date) == staff[b].CountsAsTrainedListenerOn(date);

        private static bool Interchangeable(StaffMember a, StaffMember b) =>
            a.Role == b.Role && a.Contract == b.Contract
            && a.Channels.Select(c => c.ToUpperInvariant()).Order(StringComparer.Ordinal).SequenceEqual(b.Channels.Select(c => c.ToUpperInvariant()).Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
