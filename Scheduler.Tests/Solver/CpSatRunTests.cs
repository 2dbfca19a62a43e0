using System.Diagnostics;
using Google.OrTools.Sat;
using Scheduler.Solver.Rostering;

namespace Scheduler.Tests.Solver;

/// <summary>The parameters one CP-SAT run gets from the solve's options and its caller.</summary>
public sealed class CpSatRunTests
{
    [Theory]
    [InlineData(false, null, "", true)]
    [InlineData(true, null, "", false)] // deterministic units: one search
    [InlineData(false, 1, "", false)] // the caller asks for one worker (evaluations, explanations)
    [InlineData(false, null, "subsolvers:\"max_lp\"", false)]
    [InlineData(false, null, "linearization_level:2", false)]
    public void Run_OneWorker_PortfolioOnlyForSearchesInWallClockTime(bool deterministic, int? workers, string extra, bool portfolio)
    {
        var options = new SolverOptions { Workers = 1, TimeLimit = TimeSpan.FromSeconds(5), DeterministicTimeLimit = deterministic ? 5 : null };
        var run = new CpSatRun(options, Stopwatch.GetTimestamp(), null, CancellationToken.None);
        var model = new CpModel();
        var x = model.NewIntVar(0, 10, "x");
        model.Maximize(x);

        var (status, solver) = run.Run(model, "test", 1, workers, reportsRota: false, extraParameters: extra);

        Assert.Equal(CpSolverStatus.Optimal, status);
        Assert.Equal(10, solver.Value(x));
        Assert.Equal(portfolio, solver.StringParameters!.Contains("interleave_search:true", StringComparison.Ordinal));
        Assert.Equal(portfolio ? 3 : 0, solver.StringParameters!.Split("subsolvers:\"no_lp\"").Length - 1);
    }
}
