using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering.Rules;

/// <summary>
/// Hard: a block of days off between two working days lasts at least <see cref="WorkLimits.MinConsecutiveDaysOff"/> days.
/// Blocks touching the horizon's first or last date are exempt (see <see cref="BlockPatterns"/>).
/// </summary>
public sealed class MinConsecutiveDaysOffRule : IRotaRule
{
    public string Name => RuleNames.MinConsecutiveDaysOff;

    public IEnumerable<Penalty> Apply(RotaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        for (var p = 0; p < model.Staff.Count; p++)
        {
            if (BlockPatterns.Biting(BlockPatterns.LimitsOf(model, p).MinConsecutiveDaysOff) is { } minimum)
            {
                BlockPatterns.ForbidShortBlocks(model, Name, p, minimum, working: false);
            }
        }

        return [];
    }
}
