namespace Scheduler.Solver.Rostering;

/// <summary>
/// One rule of the rota. A hard rule adds constraints (gated when explaining) and returns no penalty;
/// a soft rule returns its weighted penalty terms, which the objective sums and the solution reports by name.
/// </summary>
public interface IRotaRule
{
    /// <summary>The rule's name: for hard rules one of <see cref="Domain.RuleNames"/>, for soft ones of <see cref="SoftTermNames"/>.</summary>
    string Name { get; }

    IEnumerable<Penalty> Apply(RotaModel model);
}
