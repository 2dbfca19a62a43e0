using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Validation.Checks;

/// <summary>
/// Hard (L3132-2): each Monday–Sunday week of the horizon overlaps a rest of at least <see cref="RuleSettings.MinWeeklyRest"/>
/// consecutive elapsed hours between two shifts. Before a person's first known shift (history included) the past is taken
/// as rest; after the last shift of the horizon, rest is counted only up to the horizon's end, since the next rota cannot repair it.
/// </summary>
public sealed class WeeklyRestCheck : IRotaCheck
{
    public string Rule => RuleNames.WeeklyRest;

    public IEnumerable<RuleViolation> Check(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = ValidationContext.Zone;
        var horizonEnd = ValidationContext.StartOf(context.Problem.End.PlusDays(1));
        foreach (var person in context.PeopleWithShifts)
        {
            var shifts = context.TimelineOf(person.Id).OrderBy(a => a.StartInstant(zone)).ToList();
            var rests = new List<(Instant From, Instant To)>();
            for (var i = 0; i <= shifts.Count; i++)
            {
                var from = i == 0 ? Instant.MinValue : shifts[i - 1].EndInstant(zone);
                var to = i == shifts.Count ? horizonEnd : shifts[i].StartInstant(zone);
                if (to > from && (i == 0 || to - from >= context.Rules.MinWeeklyRest))
                {
                    rests.Add((from, to));
                }
            }

            foreach (var monday in context.WeekStarts)
            {
                var (weekStart, weekEnd) = (ValidationContext.StartOf(monday), ValidationContext.StartOf(monday.PlusWeeks(1)));
                if (!rests.Any(r => r.From < weekEnd && r.To > weekStart))
                {
                    var longest = Longest(shifts, zone, weekStart, weekEnd);
                    yield return new RuleViolation(Rule, person.Id, monday, null,
                        $"{Say.Who(person)} n'a pas de repos hebdomadaire de {Say.Hours(context.Rules.MinWeeklyRest)} consécutives dans la semaine du {Say.Date(monday)} (le plus long : {Say.Hours(longest)}) (L3132-2).",
                        $"{Say.Who(person)} has no weekly rest of {Say.Hours(context.Rules.MinWeeklyRest)} in a row in the week of {Say.Date(monday)} (longest: {Say.Hours(longest)}) (L3132-2).");
                }
            }
        }
    }

    private static Duration Longest(List<Assignment> shifts, DateTimeZone zone, Instant weekStart, Instant weekEnd)
    {
        var longest = Duration.Zero;
        for (var i = 1; i < shifts.Count; i++)
        {
            var (from, to) = (shifts[i - 1].EndInstant(zone), shifts[i].StartInstant(zone));
            if (from < weekEnd && to > weekStart && to - from > longest)
            {
                longest = to - from;
            }
        }

        return longest;
    }
}
