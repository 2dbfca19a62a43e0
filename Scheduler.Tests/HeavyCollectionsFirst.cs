using Scheduler.Tests.Api;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Scheduler.Tests.HeavyCollectionsFirst", "Scheduler.Tests")]

namespace Scheduler.Tests;

/// <summary>
/// Starts the long collections first. xunit runs two collections at a time here (one per core) and the
/// <see cref="Solving"/> collection, whose classes take turns, is about seven minutes of solves on its own: started
/// where the default order put it (last but a few), it ran alone for the last six minutes of the suite. Started first,
/// the short classes fill the other core around it. The solver's own classes follow, then the rest.
/// </summary>
public sealed class HeavyCollectionsFirst : ITestCollectionOrderer
{
    private static readonly string[] SolverNamespaces = ["Scheduler.Tests.Solver.", "Scheduler.Tests.Cli.", "Scheduler.Tests.Simulation."];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(Rank).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Rank(ITestCollection collection) =>
        collection.DisplayName == Solving.Name ? 0
        : SolverNamespaces.Any(collection.DisplayName.Contains) ? 1
        : 2;
}
