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

    /// <summary>
    /// Friday, Saturday and Sunday open 9:00–16:00, Sunday a public holiday, and random values of the fairness counts
    /// besides the duty's: the least reduced cost is still the enumerated least, each weekend day, late shift (ending at
    /// 16:00) and holiday worked taking its value.
    /// </summary>
    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Price_FairnessValues_EqualsEnumeratedMinimum(int seed)
    {
        var rules = RuleSettings.Default with { MaxShiftLength = NodaTime.Duration.FromHours(7), ContractHoursApply = false, MinDaysOffPerWeek = 5 };
        var problem = Problem([Listener("A")], Open("09:00", "16:00", 4, 5, 6), rules) with { Holidays = new HashSet<NodaTime.LocalDate> { Monday.PlusDays(6) } };
        var grid = RotaGrid.Build(problem);
        var week = grid.Week(0).ToList();
        var random = new Random(seed);
        var load = new LoadValue(Math.Round((random.NextDouble() * 8) - 4, 3), Math.Round((random.NextDouble() * 8) - 4, 3), Math.Round((random.NextDouble() * 8) - 4, 3));
        double Value(int d, int s) => 0.2;

        var (found, least) = new PatternDynamicProgram(problem, week, StaffClass.Of(problem)[0], 0).Price(Value, 0, 1.5, loadValue: load);

        double Reduced(WeekPattern p)
        {
            var fair = PatternLoad.Of(problem, grid, 0, p);
            return p.OwnCost - p.Duty.Sum(x => Value(x.Day, x.Slot)) - 1.5
                - (fair.WeekendDays * load.WeekendDay) - (fair.LateShifts * load.LateShift) - (fair.Holidays * load.Holiday);
        }

        Assert.Equal(Enumerate(problem, week, StaffClass.Of(problem)[0], grid.BreakOffSlots).Min(Reduced), least, 9);
        if (least < -1e-6)
        {
            Assert.Equal(least, Reduced(found[0]), 9);
        }
    }

    /// <summary>
    /// A's history: the six days before the horizon worked, the last (Sunday) until 22:30. No week priced for A works
    /// Monday (a seventh day in a row); B, with no history, may.
    /// </summary>
    [Fact]
    public void Price_AfterHistory_OnlyWeeksTheMemberCanWork()
    {
        var rules = RuleSettings.Default with { ContractHoursApply = false };
        var history = Enumerable.Range(1, 6).Select(b => new Assignment("A", Monday.PlusDays(-b), Time(b == 1 ? "13:30" : "09:00"), Time(b == 1 ? "22:30" : "13:00"), null, null)).ToList();
        var problem = Problem([Listener("A"), Listener("B", Contract.PartTime(20))], Open("09:00", "20:00", 0, 1, 2), rules) with { History = history };
        var grid = RotaGrid.Build(problem);
        var week = grid.Week(0).ToList();
        var boundary = new HistoryBoundary(problem, grid);
        var classes = StaffClass.Of(problem);
        double Value(int d, int s) => d == 0 ? 5 : 0.1;

        var (a, _) = new PatternDynamicProgram(problem, week, classes[0], 0, boundary).Price(Value, 0, 0);
        var (b, _) = new PatternDynamicProgram(problem, week, classes[1], 1, boundary).Price(Value, 0, 0);

        Assert.NotEmpty(a);
        Assert.All(a, p => Assert.False(p.Works(0)));
        Assert.Contains(b, p => p.Works(0));
    }

    /// <summary>
    /// A rested six days and worked Sunday until 22:30, so the daily rest ends Monday at 9:30: no Monday shift priced for A
    /// starts at 9:00, though the duty's values favour it.
    /// </summary>
    [Fact]
    public void Price_AfterHistory_MondayKeepsTheDailyRest()
    {
        var rules = RuleSettings.Default with { ContractHoursApply = false };
        var history = new[] { new Assignment("A", Monday.PlusDays(-1), Time("13:30"), Time("22:30"), null, null) };
        var problem = Problem([Listener("A")], Open("09:00", "20:00", 0), rules) with { History = history };
        var grid = RotaGrid.Build(problem);
        var week = grid.Week(0).ToList();
        double Value(int d, int s) => s == week[0].OpenSlots.First() ? 50 : 1;

        var (found, _) = new PatternDynamicProgram(problem, week, StaffClass.Of(problem)[0], 0, new HistoryBoundary(problem, grid)).Price(Value, 0, 0);

        Assert.NotEmpty(found);
        Assert.All(found, p => Assert.True(week[0].Templates[p.Templates[0]].StartSlot > week[0].OpenSlots.First()));
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
