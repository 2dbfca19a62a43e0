using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Columns;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class PatternDynamicProgramTests
{
    /// <summary>
    /// Three open days 9:00–16:00 (shifts of 4 to 7 h, breaks in the long ones) and arbitrary duals: the dynamic program's
    /// least reduced cost is the least over every week the person could work, enumerated here one by one (shift or day off
    /// each day, every break slot, at most the days the rules allow, paid minutes within the contract's range).
    /// </summary>
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Price_RandomDuals_EqualsEnumeratedMinimum(int seed, bool contract)
    {
        var rules = RuleSettings.Default with { MaxShiftLength = NodaTime.Duration.FromHours(7), ContractHoursApply = contract, MinDaysOffPerWeek = 5 };
        var person = Listener("A", Contract.PartTime(9));
        var problem = Problem([person], Open("09:00", "16:00", 0, 2, 3), rules);
        var grid = RotaGrid.Build(problem);
        var week = grid.Week(0).ToList();
        var staffClass = StaffClass.Of(problem)[0];
        var random = new Random(seed);
        var values = new Dictionary<(int, int), double>();
        foreach (var day in week)
        {
            foreach (var slot in day.OpenSlots)
            {
                values[(day.Index, slot)] = Math.Round((random.NextDouble() * 6) - 2, 3);
            }
        }

        double Value(int d, int s) => values.GetValueOrDefault((d, s));
        var paidValue = contract ? 0 : 0.01;
        var (found, least) = new PatternDynamicProgram(problem, week, staffClass, 0).Price(Value, paidValue, 1.5);

        var enumerated = Enumerate(problem, week, staffClass, grid.BreakOffSlots)
            .Select(p => p.OwnCost - p.Duty.Sum(x => Value(x.Day, x.Slot)) - (paidValue * p.PaidMinutes) - 1.5)
            .Min();
        Assert.Equal(enumerated, least, 9);
        if (least < -1e-6)
        {
            var best = found[0];
            Assert.Equal(least, best.OwnCost - best.Duty.Sum(x => Value(x.Day, x.Slot)) - (paidValue * best.PaidMinutes) - 1.5, 9);
        }
    }

    private static IEnumerable<WeekPattern> Enumerate(RotaProblem problem, IReadOnlyList<DayGrid> week, StaffClass staffClass, int breakOff)
    {
        var perDay = week.Select(day => Options(problem, day).ToList()).ToList();
        var least = staffClass.MinimumPaid(week, problem.Rules);
        var most = staffClass.MaximumPaid(week, problem.Rules);
        IEnumerable<(int[] T, int[] B)> Weeks(int d)
        {
            if (d == 7)
            {
                yield return (Enumerable.Repeat(-1, 7).ToArray(), Enumerable.Repeat(-1, 7).ToArray());
                yield break;
            }

            foreach (var (t, b) in Weeks(d + 1))
            {
                foreach (var (template, breakSlot) in perDay[d])
                {
                    var (tt, bb) = ((int[])t.Clone(), (int[])b.Clone());
                    (tt[d], bb[d]) = (template, breakSlot);
                    yield return (tt, bb);
                }
            }
        }

        return Weeks(0)
            .Where(w => w.T.Count(t => t >= 0) <= 7 - problem.Rules.MinDaysOffPerWeek)
            .Select(w => WeekPattern.Of(0, week, w.T, w.B, breakOff, problem.Weights.StartTimeStability))
            .Where(p => p.PaidMinutes >= least && p.PaidMinutes <= most);
    }

    private static IEnumerable<(int Template, int Break)> Options(RotaProblem problem, DayGrid day)
    {
        yield return (-1, -1);
        if (!day.IsOpen)
        {
            yield break;
        }

        foreach (var t in PooledWeekModel.Allowed(problem.Rules, day))
        {
            if (!t.NeedsBreak)
            {
                yield return (t.Index, -1);
                continue;
            }

            for (var k = t.BreakEarliest; k <= t.BreakLatest; k++)
            {
                yield return (t.Index, k);
            }
        }
    }
}
