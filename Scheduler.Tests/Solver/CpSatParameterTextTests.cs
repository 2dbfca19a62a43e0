using Scheduler.Solver.Rostering;

namespace Scheduler.Tests.Solver;

public sealed class CpSatParameterTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("log_search_progress:true")]
    [InlineData("subsolvers:\"max_lp\" subsolvers:\"core\" linearization_level:2")]
    [InlineData("max_time_in_seconds:2.5 search_branching:FIXED_SEARCH")]
    public void Problem_ParametersCpSatKnows_None(string text) => Assert.Null(CpSatParameterText.Problem(text));

    [Theory]
    [InlineData("nonsense:1", "'nonsense' is not a CP-SAT parameter")]
    [InlineData("log_search_progress", "'log_search_progress' is not name:value")]
    [InlineData("log_search_progress:yes", "'yes' is not a valid value of log_search_progress")]
    [InlineData("linearization_level:two", "'two' is not a valid value of linearization_level")]
    [InlineData("subsolvers:max_lp", "'max_lp' is not a valid value of subsolvers")]
    [InlineData("search_branching:SIDEWAYS", "'SIDEWAYS' is not a valid value of search_branching")]
    public void Problem_TextTheNativeSolverWouldAbortOn_Named(string text, string expected) =>
        Assert.Equal(expected, CpSatParameterText.Problem(text));
}
