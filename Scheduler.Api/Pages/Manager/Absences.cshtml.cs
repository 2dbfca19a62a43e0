using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Time;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>Where an absence on the coming-absences page comes from.</summary>
public enum AbsenceOrigin
{
    Recorded,
    Granted,
    Pending,
}

/// <summary>An absence, or a time off asked and not answered yet, of an active person.</summary>
public sealed record ComingAbsence(Guid StaffId, string Name, StaffRole Role, AbsenceKind Kind, LocalDate From, LocalDate To, AbsenceOrigin Origin);

/// <summary>A week of the coming-absences page: who is away, and the day the fewest trained listeners and managers are free.</summary>
public sealed record AbsenceWeek(
    LocalDate Monday, int Away, int Pending, (LocalDate Day, int Free, int Total) Listeners, (LocalDate Day, int Free, int Total) Managers);

/// <summary>
/// "Absences à venir": the team's absences and pending time off over the coming weeks, and each week's leanest day,
/// so that a manager sees the thin weeks before planning them or answering a request.
/// </summary>
public sealed class AbsencesModel(SchedulerDbContext db, IClock clock) : PageModel
{
    public static readonly int[] WeekChoices = [4, 8, 12, 26];

    [BindProperty(SupportsGet = true, Name = "semaines")]
    public int Weeks { get; set; } = 8;

    public IReadOnlyList<ComingAbsence> Absences { get; private set; } = [];

    public IReadOnlyList<AbsenceWeek> WeekRows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Weeks = Math.Clamp(Weeks, 1, 26);
        var today = clock.Today();
        var last = Show.Monday(today).PlusWeeks(Weeks).PlusDays(-1);
        var staff = await PeopleAvailable.StaffAsync(db, ct);
        var granted = (await db.TimeOffRequests.Where(r => r.AbsenceId != null).Select(r => r.AbsenceId!.Value).ToListAsync(ct)).ToHashSet();
        var pending = await db.TimeOffRequests.Where(r => r.Status == RequestStatus.Pending && r.To >= today && r.From <= last).ToListAsync(ct);
        var recorded = staff.SelectMany(s => s.Absences.Where(a => a.To >= today && a.From <= last)
            .Select(a => new ComingAbsence(s.Id, s.Name, s.Role, a.Kind, a.From, a.To, granted.Contains(a.Id) ? AbsenceOrigin.Granted : AbsenceOrigin.Recorded)));
        var asked = pending.Join(staff, r => r.StaffId, s => s.Id, (r, s) => new ComingAbsence(s.Id, s.Name, s.Role, r.Kind, r.From, r.To, AbsenceOrigin.Pending));
        Absences = [.. recorded.Concat(asked).OrderBy(a => a.From).ThenBy(a => a.Name, StringComparer.CurrentCulture)];
        WeekRows = [.. Enumerable.Range(0, Weeks).Select(w => Show.Monday(today).PlusWeeks(w)).Select(monday => WeekOf(monday, today, staff))];
    }

    private AbsenceWeek WeekOf(LocalDate monday, LocalDate today, List<StaffEntity> staff)
    {
        var (first, sunday) = (LocalDate.Max(monday, today), monday.PlusDays(6));
        var during = Absences.Where(a => a.From <= sunday && a.To >= first).ToList();
        return new AbsenceWeek(
            monday,
            during.Where(a => a.Origin != AbsenceOrigin.Pending).Select(a => a.StaffId).Distinct().Count(),
            during.Count(a => a.Origin == AbsenceOrigin.Pending),
            PeopleAvailable.Leanest(staff, StaffRole.Listener, first, sunday),
            PeopleAvailable.Leanest(staff, StaffRole.Manager, first, sunday));
    }
}
