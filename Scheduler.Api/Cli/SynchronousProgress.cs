using System.Globalization;
using Scheduler.Solver.Rostering;

namespace Scheduler.Api.Cli;

/// <summary>Reports on the solver's thread, in order (Progress&lt;T&gt; would post to the thread pool): the verbs' <c>--trace</c>.</summary>
internal sealed class SynchronousProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
{
    public void Report(SolveProgress value) => report(value);

    /// <summary>One new best rota as a line: seconds since the start, phase, objective and gap.</summary>
    public static string Line(SolveProgress progress) =>
        string.Create(CultureInfo.InvariantCulture, $"  {progress.ElapsedSeconds,6:0.00}s  {progress.Phase,-28} {progress.Objective,10:0}  gap {progress.Gap:P1}");
}
