using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard: a block of working days between two days off lasts at least <see cref="WorkLimits.MinConsecutiveWorkDays"/> days.
/// Blocks touching the horizon's first or last date are exempt (see <see cref="BlockPatterns"/>).
/// </summary>
public sealed class MinConsecutiveWorkDaysRule : IRotaRule
{
    public string Name => RuleNames.MinConsecutiveWorkDays;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        for (var p = 0; p < model.Staff.Count; p++)
        {
            if (BlockPatterns.Biting(BlockPatterns.LimitsOf(model, p).MinConsecutiveWorkDays) is { } minimum)
            {
                BlockPatterns.ForbidShortBlocks(model, Name, p, minimum, working: true);
            }
        }

        return [];
    }
}
