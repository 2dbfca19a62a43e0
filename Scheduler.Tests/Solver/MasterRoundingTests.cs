using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Rostering.Bounds;
using Scheduler.Solver.Rostering.Columns;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

/// <summary>
/// The LP's rounding to whole members (<see cref="MasterRounding"/>) on a platform of the 3133's contract mix at 10 people
/// over three alike weeks, so the weekend runs are priced too. The column generation runs in deterministic units.
/// </summary>
public sealed class MasterRoundingTests
{
    private static readonly RotaProblem Platform = PlatformScenarios.Synthetic(7, 3, Monday, 3);

    [Fact]
    public void Cost_OfScipsChoice_IsWhatTheIntegerMasterCharges()
    {
        var (generation, master, _) = Generated();

        var found = Scip.Value;

        Assert.NotNull(found);
        var counts = found.Columns.Select(v => (int)v).ToArray();
        Assert.Equal(found.Value, master.Cost(generation.Columns, counts), 6);
    }

    [Fact]
    public void Round_LastLp_GivesEachClassItsMembersAndHoldsTheFloors()
    {
        var (generation, master, legal) = Generated();
        var classes = StaffClass.Of(Platform);

        var counts = master.Round(generation.Columns, generation.Last!.Columns, legal);

        Assert.NotNull(counts);
        for (var c = 0; c < classes.Count; c++)
        {
            Assert.Equal(classes[c].Size, generation.Columns.Select((p, j) => p.ClassIndex == c ? counts[j] : 0).Sum());
        }

        // Every open half-hour of the week has its manager and its two trained listeners, counted here from the duties.
        var week = RotaGrid.Build(Platform).Week(0).ToList();
        foreach (var day in week.Where(d => d.IsOpen))
        {
            foreach (var slot in day.OpenSlots)
            {
                int OnDuty(bool managers) => generation.Columns.Select((p, j) =>
                    classes[p.ClassIndex].IsManager == managers && p.Duty.Contains((day.Index - week[0].Index, slot)) ? counts[j] : 0).Sum();
                Assert.True(OnDuty(managers: true) >= Platform.Rules.MinManagersOnDuty, $"no manager on {day.Date} slot {slot}");
                Assert.True(OnDuty(managers: false) >= Platform.Rules.MinTrainedListenersOnDuty, $"too few listeners on {day.Date} slot {slot}");
            }
        }

        // Whole members cost at least the LP, and the rounding is the same every time (its kicks have a fixed seed).
        Assert.InRange(master.Cost(generation.Columns, counts), generation.Last.Value - 1e-6, double.MaxValue);
        Assert.Equal(counts, master.Round(generation.Columns, generation.Last.Columns, legal));
    }

    [Fact]
    public void Round_LastLp_CostsLessThanScipsChoiceAfterItsNodes()
    {
        var (generation, master, legal) = Generated();

        var counts = master.Round(generation.Columns, generation.Last!.Columns, legal);
        var scip = Scip.Value;

        // What the column search gives SCIP in deterministic units (100 nodes, started from the seed's week): here 1 066
        // (the same in 30 s by the clock), where the rounding costs 474 over an LP of 127.
        Assert.NotNull(counts);
        Assert.NotNull(scip);
        Assert.InRange(master.Cost(generation.Columns, counts), generation.Last.Value, scip.Value);
    }

    [Fact]
    public void Choose_LessTimeThanScipNeeds_TakesTheRounding()
    {
        var (generation, master, legal) = Generated();

        var chosen = generation.Choose(Run(Options), 0, 1, [.. generation.Columns.SelectMany((p, j) => Enumerable.Repeat(p, legal[j]))]);

        // The managers' members then moved where their weekends turn over (WeekendTurnover), the listeners' kept.
        Assert.Equal(master.WithManagersTurnedOver(generation.Columns, master.Round(generation.Columns, generation.Last!.Columns, legal)!), chosen);
    }

    /// <summary>
    /// A one-week horizon's master prices fairness, where the rounding counts each member's spread and SCIP's rows each
    /// class's average: the rounding chooses even when SCIP has its time, and SCIP's units are not charged (the rounding's
    /// one is).
    /// </summary>
    [Fact]
    public void Choose_OneWeekHorizon_TakesTheRoundingWithoutScip()
    {
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 1);
        var (generation, master, legal) = Generate(problem);
        var run = Run(Options with { DeterministicTimeLimit = 40 });
        var before = run.Remaining;

        var chosen = generation.Choose(run, 6, 1, [.. generation.Columns.SelectMany((p, j) => Enumerable.Repeat(p, legal[j]))]);

        Assert.True(FairnessRows.Applies(problem, RotaGrid.Build(problem)));
        Assert.Equal(1, before - run.Remaining, 6);
        Assert.Equal(master.WithManagersTurnedOver(generation.Columns, master.Round(generation.Columns, generation.Last!.Columns, legal)!), chosen);
    }

    /// <summary>The generation is shared by the tests (it takes seconds); none of them changes it.</summary>
    private static readonly Lazy<(ColumnGeneration Generation, PatternMaster Master, int[] Legal)> Shared = new(() => Generate(Platform));

    /// <summary>
    /// SCIP's choice as the column search gets it in deterministic units: stopped after 100 nodes, started from the seed's
    /// week. Shared as well: it takes about 8 s.
    /// </summary>
    private static readonly Lazy<MasterSolution?> Scip = new(() =>
    {
        var (generation, master, legal) = Generated();
        return master.SolveInteger(generation.Columns, 60, [.. legal.Select(v => (double)v)], nodes: 100);
    });

    private static (ColumnGeneration Generation, PatternMaster Master, int[] Legal) Generated() => Shared.Value;

    /// <summary>The first week's columns generated to convergence as the column search generates them, its master, and the seed's week.</summary>
    private static (ColumnGeneration Generation, PatternMaster Master, int[] Legal) Generate(RotaProblem problem)
    {
        var grid = RotaGrid.Build(problem);
        var classes = FairnessRows.Classes(problem, grid);
        var targets = ColumnSearch.Targets(classes, [.. grid.Week(0)], alike: grid.WeekCount > 1);
        var generation = new ColumnGeneration(problem, grid, classes, 0, targets, alike: true);
        var run = Run(Options with { DeterministicTimeLimit = 40 });

        // The seed's legal week first, as the column search adds it: the LP's own columns need not combine into whole people.
        var seed = ColumnSearch.Seed(problem, grid, classes, 0, run, 5, teams: true).ToList();
        generation.Add(seed);
        generation.Run(run, 30);
        Assert.True(generation.Converged);
        var legal = generation.Columns.Select(c => seed.Count(p => p.Key == c.Key)).ToArray();
        return (generation, new PatternMaster(problem, grid, classes, 0, targets, weekendRuns: true), legal);
    }
}
