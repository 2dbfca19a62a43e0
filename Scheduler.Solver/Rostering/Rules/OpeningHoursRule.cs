using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Hard (rule 2): nobody works outside the opening hours of the date (a closed date allows no shift).</summary>
public sealed class OpeningHoursRule : IRotaRule
{
    public string Name => RuleNames.OpeningHours;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ForbiddenTemplates.Apply(model, Name, (day, t) => t.StartSlot < day.OpenSlot || t.EndSlot > day.CloseSlot);
    }
}
