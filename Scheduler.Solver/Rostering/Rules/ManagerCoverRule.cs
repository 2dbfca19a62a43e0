using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Hard (rule 1): at least <see cref="RuleSettings.MinManagersOnDuty"/> manager on duty in every open half-hour.</summary>
public sealed class ManagerCoverRule : IRotaRule
{
    public string Name => RuleNames.ManagerCover;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return FloorCover.Apply(model, Name, model.Problem.Rules.MinManagersOnDuty, (s, _) => s.Role == StaffRole.Manager);
    }
}
