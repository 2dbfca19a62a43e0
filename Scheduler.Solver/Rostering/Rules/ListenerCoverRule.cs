using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard (rule 1): at least <see cref="RuleSettings.MinTrainedListenersOnDuty"/> trained listeners on duty in every open
/// half-hour. An untrained listener, or one whose qualification has lapsed, never counts.
/// </summary>
public sealed class ListenerCoverRule : IRotaRule
{
    public string Name => RuleNames.ListenerCover;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return FloorCover.Apply(model, Name, model.Problem.Rules.MinTrainedListenersOnDuty, (s, date) => s.CountsAsTrainedListenerOn(date));
    }
}
