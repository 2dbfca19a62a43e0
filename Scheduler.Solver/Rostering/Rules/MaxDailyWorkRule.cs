using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>Hard (rule 3): at most <see cref="RuleSettings.MaxDailyWork"/> of work (the shift minus its unpaid break) a day, Code du travail L3121-18.</summary>
public sealed class MaxDailyWorkRule : IRotaRule
{
    public string Name => RuleNames.MaxDailyWork;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var max = model.Problem.Rules.MaxDailyWork.TotalMinutes;
        return ForbiddenTemplates.Apply(model, Name, (_, t) => t.PaidMinutes > max);
    }
}
