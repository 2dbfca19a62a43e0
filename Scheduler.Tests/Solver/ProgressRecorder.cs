using Scheduler.Solver.Rostering;

namespace Scheduler.Tests.Solver;

/// <summary>Keeps every progress report, in order, on the solving thread (<see cref="Progress{T}"/> would post them elsewhere).</summary>
internal sealed class ProgressRecorder(List<SolveProgress> reports) : IProgress<SolveProgress>
{
    public void Report(SolveProgress value) => reports.Add(value);
}
