using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard (L3132-2): each Monday–Sunday week of the horizon holds a date off around which the person rests at least
/// <see cref="RuleSettings.MinWeeklyRest"/> in elapsed time, from the end of the last shift before that date (history
/// included) to the start of the first shift after it. With no shift before (no history) or none after it in the horizon,
/// the rest is taken as long enough: the past and the next rota are unknown here.
/// </summary>
public sealed class WeeklyRestCheck : IRotaCheck
{
    public string Rule => RuleNames.WeeklyRest;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = ValidationContext.Zone;
        var minimum = context.Rules.MinWeeklyRest;
        if (minimum <= Duration.Zero)
        {
            yield break;
        }

        foreach (var person in context.PeopleWithShifts)
        {
            var shifts = context.TimelineOf(person.Id);
            foreach (var monday in context.WeekStarts)
            {
                var longest = Duration.Zero;
                var rested = false;
                foreach (var date in Enumerable.Range(0, 7).Select(monday.PlusDays).Where(d => !context.WorksOn(person.Id, d)))
                {
                    var before = shifts.Where(a => a.Date < date).Select(a => (Instant?)a.EndInstant(zone)).Max();
                    var after = shifts.Where(a => a.Date > date).Select(a => (Instant?)a.StartInstant(zone)).Min();
                    if (before is not { } from || after is not { } to || to - from >= minimum)
                    {
                        rested = true;
                        break;
                    }

                    longest = to - from > longest ? to - from : longest;
                }

                if (!rested)
                {
                    yield return new RuleViolation(Rule, person.Id, monday, null,
                        $"{Say.Who(person)} n'a pas de repos hebdomadaire de {Say.Hours(minimum)} consécutives dans la semaine du {Say.Date(monday)} (le plus long : {Say.Hours(longest)}) (L3132-2).",
                        $"{Say.Who(person)} has no weekly rest of {Say.Hours(minimum)} in a row in the week of {Say.Date(monday)} (longest: {Say.Hours(longest)}) (L3132-2).");
                }
            }
        }
    }
}
