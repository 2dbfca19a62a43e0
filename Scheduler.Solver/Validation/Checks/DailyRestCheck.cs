using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard (L3131-1): at least <see cref="RuleSettings.MinDailyRest"/> of elapsed rest between two shifts of a person, measured
/// between instants in Europe/Paris so a daylight-saving night is an hour shorter or longer. History counts for the first shift.
/// </summary>
public sealed class DailyRestCheck : IRotaCheck
{
    public string Rule => RuleNames.DailyRest;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = ValidationContext.Zone;
        foreach (var person in context.PeopleWithShifts)
        {
            var shifts = context.TimelineOf(person.Id).OrderBy(a => a.StartInstant(zone)).ToList();
            for (var i = 1; i < shifts.Count; i++)
            {
                var (before, after) = (shifts[i - 1], shifts[i]);
                var rest = after.StartInstant(zone) - before.EndInstant(zone);
                if (after.Date >= context.Problem.Start && rest < context.Rules.MinDailyRest)
                {
                    yield return new RuleViolation(Rule, person.Id, after.Date, after.Start,
                        $"{Say.Who(person)} n'a que {Say.Hours(rest)} de repos entre le créneau {Say.Shift(before)} et celui du {Say.Shift(after)} ; il en faut {Say.Hours(context.Rules.MinDailyRest)} (L3131-1).",
                        $"{Say.Who(person)} has only {Say.Hours(rest)} of rest between the shift {Say.Shift(before)} and the shift {Say.Shift(after)}; {Say.Hours(context.Rules.MinDailyRest)} are required (L3131-1).");
                }
            }
        }
    }
}
