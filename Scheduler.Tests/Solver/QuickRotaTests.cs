using System.Diagnostics;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Solver.TinyRota;

namespace Scheduler.Tests.Solver;

public sealed class QuickRotaTests
{
    [Fact]
    public void Thin_DayOpenAnOddNumberOfHalfHours_WholeHourShiftsFromOpeningAndUpToClosing()
    {
        // 9:00–20:30 is 23 half-hours: whole hours counted from opening alone could never staff the last half-hour.
        var problem = Problem([Listener("a")], Open("09:00", "20:30", 0));

        var templates = RotaGrid.Build(QuickRota.Thin(problem)).Days[0].Templates;

        var (open, close) = (18, 41);
        Assert.All(templates, t => Assert.Equal(0, t.LengthSlots % 2));
        Assert.All(templates, t => Assert.True((t.StartSlot - open) % 2 == 0 || (close - t.StartSlot) % 2 == 0, $"start slot {t.StartSlot}"));
        Assert.Contains(templates, t => t.StartSlot == open);
        Assert.Contains(templates, t => t.EndSlot == close);
        Assert.True(templates.Count < RotaGrid.Build(problem).Days[0].Templates.Count);
    }

    [Fact]
    public void Solve_WeekOfA3133LikePlatform_RotaKeepsEveryHardRule()
    {
        var problem = PlatformScenarios.Synthetic(7, 3, Monday, 1);
        var run = new CpSatRun(Options, Stopwatch.GetTimestamp(), null, CancellationToken.None);

        var rota = QuickRota.Solve(problem, Monday, null, run, 5);

        Assert.NotNull(rota);
        Assert.NotEmpty(rota.Assignments);
        Assert.Empty(RotaValidator.Validate(problem, rota.Assignments));
    }
}
