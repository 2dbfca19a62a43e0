using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>Hard: at most <see cref="RuleSettings.MaxDailyWork"/> of work (paid time, breaks excluded) per person per date (L3121-18).</summary>
public sealed class MaxDailyWorkCheck : IRotaCheck
{
    public string Rule => RuleNames.MaxDailyWork;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = context.Rules.MaxDailyWork;
        foreach (var day in context.Rota.GroupBy(a => (a.StaffId, a.Date)))
        {
            var worked = day.Aggregate(NodaTime.Duration.Zero, (sum, a) => sum + a.PaidTime);
            if (worked > limit)
            {
                var who = context.StaffById.TryGetValue(day.Key.StaffId, out var person) ? Say.Who(person) : day.Key.StaffId;
                yield return new RuleViolation(Rule, day.Key.StaffId, day.Key.Date, day.Min(a => a.Start),
                    $"{who} travaille {Say.Hours(worked)} le {Say.Date(day.Key.Date)}, plus que le maximum de {Say.Hours(limit)} par jour (L3121-18).",
                    $"{who} works {Say.Hours(worked)} on {Say.Date(day.Key.Date)}, more than the daily maximum of {Say.Hours(limit)} (L3121-18).");
            }
        }
    }
}
