using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// The reference period over which a full-timer's weeks add up to the contract (hours spread over several weeks, Code du
/// travail L3121-44; set by the employer alone: at most 4 weeks in a firm of 50 or more, 9 below, L3121-45 and D3121-27):
/// <c>Scheduler:ReferencePeriodWeeks</c> weeks (4 by default; 1 turns it off), counted from the Monday
/// <c>Scheduler:ReferencePeriodStart</c> (the line's first Monday, 2 March 2026, by default). A rota of several weeks adds
/// up over its own weeks; a rota of one week, the service's usual plan, works back what the period's published weeks
/// before it left over or short, so that rotas planned week after week still pay each full-timer the contract.
/// </summary>
public sealed record ReferencePeriod(LocalDate Start, LocalDate End)
{
    public const int DefaultWeeks = 4;

    public static readonly LocalDate DefaultStart = new(2026, 3, 2);

    public int Weeks => (Period.DaysBetween(Start, End) + 1) / 7;

    /// <summary>The period that holds the week from <paramref name="monday"/>, or null when periods are off (one week long).</summary>
    public static ReferencePeriod? Holding(LocalDate monday, IConfiguration configuration, RuleSettings rules)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(rules);
        var weeks = Math.Min(configuration.GetValue("Scheduler:ReferencePeriodWeeks", DefaultWeeks), rules.AverageWeeks);
        if (weeks <= 1)
        {
            return null;
        }

        var anchor = AnchorOf(configuration);
        var index = (int)Math.Floor(Period.DaysBetween(anchor, monday) / (7.0 * weeks));
        var start = anchor.PlusWeeks(index * weeks);
        return new ReferencePeriod(start, start.PlusDays((7 * weeks) - 1));
    }

    /// <summary>
    /// Paid minutes <paramref name="person"/> worked above (positive) or below (negative) the contract in the period's weeks
    /// before <paramref name="monday"/>: only weeks a published rota covers whole and the person held a full-time contract
    /// from their Monday, each against its target with leave, sickness and training credited; 0 for someone not full-time
    /// from <paramref name="monday"/> (a part-timer works the contract each week).
    /// </summary>
    /// <param name="shifts">The person's published shifts of those weeks (others are ignored).</param>
    /// <param name="rotas">The published rotas.</param>
    public int CarriedBefore(LocalDate monday, StaffEntity person, IEnumerable<AssignmentEntity> shifts, IReadOnlyList<RotaEntity> rotas)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(shifts);
        ArgumentNullException.ThrowIfNull(rotas);
        if (person.ContractOn(monday) is not { WeeklyMinutes: >= Contract.FullTimeWeeklyMinutes })
        {
            return 0;
        }

        var mine = shifts.Where(a => a.StaffId == person.Id).ToList();
        var carried = 0;
        for (var week = Start; week < monday; week = week.PlusWeeks(1))
        {
            var sunday = week.PlusDays(6);
            if (person.ContractOn(week) is not { WeeklyMinutes: >= Contract.FullTimeWeeklyMinutes } contract
                || !rotas.Any(r => r.PeriodStart <= week && r.PeriodEnd >= sunday))
            {
                continue;
            }

            var paid = mine.Where(a => a.Date >= week && a.Date <= sunday).Sum(a => (int)a.ToDomain().PaidTime.TotalMinutes);
            carried += paid - (int)ContractTarget.ForWeek(AsMember(person, contract), week).TotalMinutes;
        }

        return carried;
    }

    private static StaffMember AsMember(StaffEntity person, ContractEntity contract) =>
        new(person.Id.ToString(), person.Name, person.Role, new Contract(contract.WeeklyMinutes), [], person.IsTrained, null,
            [.. person.Absences.Select(a => new Absence(a.From, a.To, a.Kind))], []);

    private static LocalDate AnchorOf(IConfiguration configuration)
    {
        var text = configuration["Scheduler:ReferencePeriodStart"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultStart;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        return parsed.Success && parsed.Value.DayOfWeek == IsoDayOfWeek.Monday
            ? parsed.Value
            : throw new InvalidOperationException($"Scheduler:ReferencePeriodStart must be a Monday written yyyy-MM-dd, not '{text}'.");
    }
}
