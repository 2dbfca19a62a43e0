using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Payroll;
using Scheduler.Api.Features.SelfService;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// A person's coming published shifts and this month's hours, on their page: what a manager checks before granting a
/// day off or asking them to cover, without opening each rota.
/// </summary>
public sealed record PersonSchedule(LocalDate Today, IReadOnlyList<MyShiftResponse> Next, PersonMonth? Month, bool MonthPartlyPublished)
{
    public const int Days = 14;

    public static async Task<PersonSchedule> LoadAsync(SchedulerDbContext db, Guid staffId, LocalDate today, CancellationToken ct)
    {
        var next = await MeEndpoints.PublishedShiftsAsync(db, staffId, today, today.PlusDays(Days - 1), ct);
        var month = await MonthlyHours.OfAsync(db, today.ToYearMonth(), ct, only: staffId);
        return new PersonSchedule(today, next, month.People.SingleOrDefault(), month.Unpublished.Count > 0);
    }
}
