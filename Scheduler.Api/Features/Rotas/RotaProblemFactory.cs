using Microsoft.EntityFrameworkCore;
using NodaTime;
using PublicHoliday;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Features.Demand;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Builds the solver's <see cref="RotaProblem"/> for a period from what is stored: active staff with the contract in force
/// at the period's start, their absences and preferences; the line's opening hours (9:00–20:00 every day); French public
/// holidays; demand rows that carry a required number of listeners (the default 3133 profile while no weekly profile is
/// stored); published shifts of the weeks before (history) and of the period itself (reference). Fairness counts the
/// published weekends, late shifts and holidays of the <c>Scheduler:FairnessWeeks</c> weeks before the period (default 4) with
/// the period's own, so rotas planned week after week share them over those weeks; the absences of those weeks are loaded
/// so that time away is credited. A period inside a <see cref="ReferencePeriod"/> carries each full-timer's balance of
/// the reference period's published weeks before it, to be worked back by the reference period's end; a period of several
/// weeks adds up per reference period (see <c>ContractStretches</c>).
/// Staff ids in the problem are the stored Guids in the "D" format.
/// </summary>
public sealed class RotaProblemFactory(SchedulerDbContext db, IConfiguration configuration)
{
    /// <summary>Weeks before the period whose published shifts fairness counts, when the configuration does not say.</summary>
    public const int DefaultFairnessWeeks = 4;

    /// <summary>The line's hours, 7 days a week (DESIGN.md): 9:00 to 20:00, Europe/Paris.</summary>
    public static readonly LocalTime Open = new(9, 0);
    public static readonly LocalTime Close = new(20, 0);

    private const string DefaultDemandChannel = "phone";

    public async Task<RotaProblem> BuildAsync(LocalDate start, int weeks, CancellationToken ct)
    {
        var end = start.PlusDays((7 * weeks) - 1);
        var rules = RuleSettings.Default;
        var fairnessFrom = start.PlusDays(-7 * Math.Clamp(configuration.GetValue("Scheduler:FairnessWeeks", DefaultFairnessWeeks), 0, rules.AverageWeeks));
        var historyStart = LocalDate.Min(fairnessFrom, start.PlusDays(-7 * rules.AverageWeeks));

        var staff = await db.Staff.Where(s => s.IsActive)
            .Include(s => s.Contracts).Include(s => s.Skills).Include(s => s.Absences).Include(s => s.Preferences)
            .AsSplitQuery().OrderBy(s => s.Name).ToListAsync(ct);
        var demand = await db.Demand.Where(d => d.RequiredListeners != null).ToListAsync(ct);
        var published = await db.Assignments
            .Where(a => a.Date >= historyStart && a.Date <= end)
            .OnPublishedRotas(db.Rotas)
            .ToListAsync(ct);

        var training = await TrainingQualifications.LoadAsync(db, ct);
        var reference = ReferencePeriod.Holding(start, configuration, rules);
        var publishedRotas = reference is null ? [] : await db.Rotas.AsNoTracking()
            .Where(r => r.Status == RotaStatus.Published && r.PeriodEnd >= reference.Start && r.PeriodStart < start).ToListAsync(ct);
        var dates = Enumerable.Range(0, 7 * weeks).Select(start.PlusDays).ToList();
        // The weeks fairness carries need their opening hours and holidays too: late shifts and holidays are counted by them.
        var counted = Enumerable.Range(0, Period.Between(fairnessFrom, start, PeriodUnits.Days).Days).Select(fairnessFrom.PlusDays).Concat(dates).ToList();
        var holidays = new FrancePublicHoliday();
        var demandSlots = demand.Any(d => d.Date == null)
            ? dates.SelectMany(d => DemandOn(demand, d))
            : dates.SelectMany(d => DemandOn(demand, d)).Concat(DefaultDemand.On(dates.Where(d => !demand.Any(r => r.Date == d))));
        return new RotaProblem(
            start,
            weeks,
            [.. staff.Where(s => s.ContractOn(start) is not null).Select(s => training.Apply(ToDomain(s, start, end, fairnessFrom), start) with
            {
                CarriedMinutes = reference?.CarriedBefore(start, s, published, publishedRotas) ?? 0,
            })],
            [.. counted.Select(d => new OpeningHours(d, Open, Close))],
            [.. demandSlots.Where(d => d.RequiredListeners > 0)],
            [.. published.Where(a => a.Date < start).Select(a => a.ToDomain())],
            [.. published.Where(a => a.Date >= start).Select(a => a.ToDomain())],
            [],
            rules,
            SoftWeights.Default)
        {
            Holidays = counted.Where(d => holidays.IsPublicHoliday(d.ToDateTimeUnspecified())).ToHashSet(),
            FairnessFrom = fairnessFrom,
            ReferencePeriodEnd = reference?.End,
            ReferencePeriodWeeks = reference?.Weeks ?? 0,
        };
    }

    /// <summary>
    /// Phone calls expected per date and half-hour start of the period: the stored weekly profile (a row for the date itself
    /// wins), or the default 3133 profile while none is stored. For the predicted service level of a rota.
    /// </summary>
    public async Task<IReadOnlyDictionary<(LocalDate Date, LocalTime Start), double>> ExpectedCallsAsync(LocalDate start, int weeks, CancellationToken ct)
    {
        var rows = await db.Demand.Where(d => d.Channel == DefaultDemandChannel).ToListAsync(ct);
        var weekly = rows.Any(r => r.Date == null) ? rows.Where(r => r.Date == null).ToList() : [.. DefaultDemand.Rows()];
        var calls = new Dictionary<(LocalDate, LocalTime), double>();
        foreach (var date in Enumerable.Range(0, 7 * weeks).Select(start.PlusDays))
        {
            var dated = rows.Where(r => r.Date == date).ToList();
            foreach (var row in dated.Count > 0 ? dated : weekly.Where(r => r.Day == date.DayOfWeek))
            {
                calls[(date, row.SlotStart)] = row.ExpectedContacts;
            }
        }

        return calls;
    }

    /// <param name="fairnessFrom">
    /// The first date fairness counts: absences from then on are loaded too, and the weeks before a first contract count as
    /// away, so fairness credits them rather than handing the newcomer the next weekends (see AbsenceCredit).
    /// </param>
    private static StaffMember ToDomain(StaffEntity s, LocalDate start, LocalDate end, LocalDate fairnessFrom)
    {
        var contract = s.ContractOn(start)!;
        var joined = s.Contracts.Min(c => c.ValidFrom);
        var before = joined > fairnessFrom ? [new Absence(fairnessFrom, LocalDate.Min(joined, start).PlusDays(-1), AbsenceKind.Unavailable)] : Array.Empty<Absence>();
        return new StaffMember(
            s.Id.ToString(),
            s.Name,
            s.Role,
            new Contract(contract.WeeklyMinutes, contract.ExtraMinutesAllowed),
            [.. s.Skills.Select(k => k.Channel)],
            s.IsTrained,
            s.QualifiedUntil,
            [.. before, .. s.Absences.Where(a => a.To >= fairnessFrom && a.From <= end).Select(a => new Absence(a.From, a.To, a.Kind))],
            [.. s.Preferences.Select(p => new Preference(p.Kind, p.Date, p.Day, p.Weight))]);
    }

    /// <summary>Rows for the date itself win over the weekday profile of the same channel.</summary>
    private static IEnumerable<DemandSlot> DemandOn(List<DemandEntity> demand, LocalDate date)
    {
        var specific = demand.Where(d => d.Date == date).ToList();
        var channelsWithSpecific = specific.Select(d => d.Channel).ToHashSet();
        return specific
            .Concat(demand.Where(d => d.Date == null && d.Day == date.DayOfWeek && !channelsWithSpecific.Contains(d.Channel)))
            .Select(d => new DemandSlot(date, d.SlotStart, d.Channel, d.RequiredListeners!.Value));
    }
}
