using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Hard (rule 2, shift shape): a shift is one continuous block of <see cref="RuleSettings.MinShiftLength"/> to <see cref="RuleSettings.MaxShiftLength"/>.</summary>
public sealed class ShiftLengthRule : IRotaRule
{
    public string Name => RuleNames.ShiftLength;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var slot = model.Grid.SlotMinutes;
        var min = model.Problem.Rules.MinShiftLength.TotalMinutes;
        var max = model.Problem.Rules.MaxShiftLength.TotalMinutes;
        return ForbiddenTemplates.Apply(model, Name, (_, t) => t.LengthSlots * slot < min || t.LengthSlots * slot > max);
    }
}
