using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Payroll;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Features.SelfService;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// A person's coming published shifts, this month's hours and, for a full-timer, where they stand over the reference
/// period, on their page: what a manager checks before granting a day off or asking them to cover, without opening each rota.
/// </summary>
public sealed record PersonSchedule(LocalDate Today, IReadOnlyList<MyShiftResponse> Next, PersonMonth? Month, bool MonthPartlyPublished)
{
    public const int Days = 14;

    /// <summary>A full-timer's balance over the reference period, to the end of this week; null otherwise.</summary>
    public PeriodBalance? Balance { get; init; }

    public static async Task<PersonSchedule> LoadAsync(SchedulerDbContext db, IConfiguration configuration, StaffEntity person, LocalDate today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(person);
        var next = await MeEndpoints.PublishedShiftsAsync(db, person.Id, today, today.PlusDays(Days - 1), ct);
        var month = await MonthlyHours.OfAsync(db, today.ToYearMonth(), ct, only: person.Id);
        return new PersonSchedule(today, next, month.People.SingleOrDefault(), month.Unpublished.Count > 0)
        {
            Balance = await PeriodBalance.OfAsync(db, configuration, person, Web.Show.Monday(today), ct),
        };
    }
}
