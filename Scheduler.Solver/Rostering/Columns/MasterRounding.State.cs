using Scheduler.Solver.Rostering.Bounds;

namespace Scheduler.Solver.Rostering.Columns;

internal sealed partial class MasterRounding
{
    /// <summary>The members per column and what they cover, with the cost of a change computed on the rows it touches.</summary>
    private sealed class State
    {
        private readonly MasterRounding rounding;
        private readonly IReadOnlyList<WeekPattern> columns;
        private readonly int[][] needsOf;
        private readonly int[][] floorsOf;
        private readonly bool[] weekend;
        private readonly int[] covered;
        private readonly int[] manned;

        /// <summary>Per need and per floor, what one more member on it costs now.</summary>
        private readonly double[] needStep;

        private readonly double[] floorStep;
        private readonly int[] weekendWorkers;

        /// <summary>Per column, its weight in the class's weekend turnover (<see cref="WeekendTurnover.Weight"/>); per class, their sum.</summary>
        private readonly int[] turnoverWeight;

        private readonly int[] turnoverSum;
        private readonly MemberSpreads? spreads;

        /// <param name="withTurnover">Price the weekend turnover of the classes it applies to (<see cref="WeekendTurnover"/>).</param>
        public State(MasterRounding rounding, IReadOnlyList<WeekPattern> columns, bool withTurnover = false)
        {
            this.rounding = rounding;
            this.columns = columns;
            var needAt = rounding.needs.Select((n, i) => (n, i)).ToLookup(x => (x.n.Day, x.n.Slot), x => x.i);
            var floorAt = rounding.floors.Select((f, i) => (f, i)).ToLookup(x => (x.f.Day, x.f.Slot), x => x.i);
            needsOf = [.. columns.Select(p => p.Duty.SelectMany(d => needAt[d].Where(i => rounding.classes[p.ClassIndex].CoversChannel(rounding.week[d.Day], rounding.needs[i].Channel))).ToArray())];
            floorsOf = [.. columns.Select(p => p.Duty.SelectMany(d => floorAt[d].Where(i => IsOnFloor(rounding.classes[p.ClassIndex], rounding.floors[i].Managers, rounding.week[d.Day]))).ToArray())];
            weekend = [.. columns.Select(p => rounding.weekendCosts[p.ClassIndex] is not null && p.WorksWeekend(rounding.week))];
            covered = new int[rounding.needs.Count];
            manned = new int[rounding.floors.Count];
            needStep = [.. Enumerable.Range(0, covered.Length).Select(i => rounding.NeedCost(i, 1) - rounding.NeedCost(i, 0))];
            floorStep = [.. Enumerable.Range(0, manned.Length).Select(i => rounding.FloorCost(i, 1) - rounding.FloorCost(i, 0))];
            weekendWorkers = new int[rounding.classes.Count];
            turnoverWeight = [.. columns.Select(p => withTurnover && rounding.turnover is { } t && WeekendTurnover.Applies(rounding.classes[p.ClassIndex]) ? t.Weight(p) : 0)];
            turnoverSum = new int[rounding.classes.Count];
            spreads = rounding.fairness is { } fairness ? new MemberSpreads(fairness.MemberCounts(columns), fairness.Weight) : null;
            Counts = new int[columns.Count];
            Left = [.. rounding.classes.Select(c => c.Size)];
        }

        public int[] Counts { get; }

        /// <summary>Per class, the members not yet given a pattern.</summary>
        public int[] Left { get; }

        public void Apply(int j, int members)
        {
            Counts[j] += members;
            Left[columns[j].ClassIndex] -= members;
            foreach (var i in needsOf[j])
            {
                covered[i] += members;
                needStep[i] = rounding.NeedCost(i, covered[i] + 1) - rounding.NeedCost(i, covered[i]);
            }

            foreach (var i in floorsOf[j])
            {
                manned[i] += members;
                floorStep[i] = rounding.FloorCost(i, manned[i] + 1) - rounding.FloorCost(i, manned[i]);
            }

            if (weekend[j])
            {
                weekendWorkers[columns[j].ClassIndex] += members;
            }

            turnoverSum[columns[j].ClassIndex] += turnoverWeight[j] * members;
            spreads?.Apply(j, members);
        }

        /// <summary>What one more member on column <paramref name="j"/> changes in the cost (from each row's next step, kept by <see cref="Apply"/>).</summary>
        public double Delta(int j)
        {
            double delta = columns[j].OwnCost;
            foreach (var i in needsOf[j])
            {
                delta += needStep[i];
            }

            foreach (var i in floorsOf[j])
            {
                delta += floorStep[i];
            }

            if (weekend[j])
            {
                var c = columns[j].ClassIndex;
                var after = Math.Min(weekendWorkers[c] + 1, rounding.classes[c].Size);
                delta += rounding.WeekendCost(c, after) - rounding.WeekendCost(c, weekendWorkers[c]);
            }

            if (turnoverWeight[j] > 0)
            {
                var c = columns[j].ClassIndex;
                delta += rounding.TurnoverCost(c, turnoverSum[c] + turnoverWeight[j]) - rounding.TurnoverCost(c, turnoverSum[c]);
            }

            return delta + (spreads?.Delta(j) ?? 0);
        }

        public int ClassOf(int j) => columns[j].ClassIndex;

        /// <summary>The floors short of their least number.</summary>
        public List<(int Day, int Slot, bool Managers, int Least)> ShortFloors() =>
            [.. Enumerable.Range(0, manned.Length).Where(i => manned[i] < rounding.floors[i].Least).Select(i => rounding.floors[i])];

        public double Cost() =>
            Enumerable.Range(0, columns.Count).Sum(j => (double)columns[j].OwnCost * Counts[j])
            + Enumerable.Range(0, covered.Length).Sum(i => rounding.NeedCost(i, covered[i]))
            + Enumerable.Range(0, manned.Length).Sum(i => rounding.FloorCost(i, manned[i]))
            + Enumerable.Range(0, weekendWorkers.Length).Sum(c => rounding.WeekendCost(c, Math.Clamp(weekendWorkers[c], 0, rounding.classes[c].Size)))
            + Enumerable.Range(0, turnoverSum.Length).Sum(c => rounding.TurnoverCost(c, turnoverSum[c]))
            + (spreads?.Cost() ?? 0);

        private static bool IsOnFloor(StaffClass staffClass, bool managers, DayGrid day) =>
            managers ? staffClass.IsManager : staffClass.CountsAsListener(day);
    }
}
