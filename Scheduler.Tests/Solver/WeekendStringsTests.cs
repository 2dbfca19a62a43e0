using System.Numerics;
using Scheduler.Solver.Rostering.Columns;

namespace Scheduler.Tests.Solver;

public sealed class WeekendStringsTests
{
    /// <summary>
    /// The claim the column bound's weekend-run row rests on: over W weeks, a member who works m weekends has at least
    /// m − (W − ⌊W/3⌋) runs of three in a row. Checked on every weekend string up to 8 weeks.
    /// </summary>
    [Fact]
    public void Runs_EveryStringUpToEightWeeks_AtLeastWeekendsBeyondTheCap()
    {
        for (var weeks = 1; weeks <= WeekendStrings.MostWeeks; weeks++)
        {
            var cap = weeks - (weeks / 3);
            for (var s = 0; s < 1 << weeks; s++)
            {
                Assert.True(WeekendStrings.Runs(s, weeks) >= BitOperations.PopCount((uint)s) - cap, $"{Convert.ToString(s, 2)} over {weeks} weeks");
            }
        }
    }

    [Theory]
    [InlineData(3, 2, 4)]
    [InlineData(3, 3, 4)]
    [InlineData(4, 3, 4)]
    [InlineData(5, 4, 5)]
    [InlineData(6, 4, 6)]
    public void Choose_SameNeedEveryWeek_FewestRunsOfAnyAssignment(int members, int perWeek, int weeks)
    {
        var laid = WeekendStrings.Choose(members, [.. Enumerable.Repeat(perWeek, weeks)]);

        Assert.NotNull(laid);
        Assert.Equal(members, laid.Value.Strings.Length);
        for (var w = 0; w < weeks; w++)
        {
            Assert.Equal(perWeek, laid.Value.Strings.Count(s => (s & (1 << w)) != 0));
        }

        Assert.Equal(Fewest(members, perWeek, weeks), laid.Value.Runs);
    }

    /// <summary>Every week in turn chooses which members work its weekend; the fewest runs over all such choices.</summary>
    private static int Fewest(int members, int perWeek, int weeks)
    {
        var choices = Enumerable.Range(0, 1 << members).Where(m => BitOperations.PopCount((uint)m) == perWeek).ToList();
        var best = int.MaxValue;
        void Walk(int w, int[] strings)
        {
            if (w == weeks)
            {
                best = Math.Min(best, strings.Sum(s => WeekendStrings.Runs(s, weeks)));
                return;
            }

            foreach (var chosen in choices)
            {
                var next = (int[])strings.Clone();
                for (var i = 0; i < members; i++)
                {
                    next[i] |= ((chosen >> i) & 1) << w;
                }

                Walk(w + 1, next);
            }
        }

        Walk(0, new int[members]);
        return best;
    }
}
