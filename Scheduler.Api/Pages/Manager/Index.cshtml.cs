using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>The manager's home: today on the floor, every rota (newest period first), and how many requests wait for an answer.</summary>
public sealed class IndexModel(SchedulerDbContext db, RotaProblemFactory problems, IClock clock) : PageModel
{
    public sealed record RotaRow(Guid Id, LocalDate PeriodStart, LocalDate PeriodEnd, RotaStatus Status, string Source, int Count, Instant? PublishedAt);

    /// <summary>Rotas whose period ended more than this many days ago are listed only on asking (<see cref="All"/>).</summary>
    public const int RecentDays = 28;

    public IReadOnlyList<RotaRow> Rotas { get; private set; } = [];

    /// <summary>List every rota, the old ones too.</summary>
    [BindProperty(SupportsGet = true, Name = "tous")]
    public bool All { get; set; }

    /// <summary>The rotas not listed because their period ended long ago.</summary>
    public int Older { get; private set; }

    public int PendingRequests { get; private set; }

    /// <summary>Quality alerts nobody has acknowledged (listed and acknowledged on the quality page).</summary>
    public int OpenAlerts { get; private set; }

    /// <summary>The shift just given to cover for someone away (<c>?confie=</c>), said at the top.</summary>
    [BindProperty(SupportsGet = true, Name = "confie")]
    public Guid? GivenShift { get; set; }

    public (string Name, LocalDate Date, LocalTime Start, LocalTime End)? Given { get; private set; }

    /// <summary>The local date and time the page was made at (Europe/Paris).</summary>
    public LocalDateTime Now { get; private set; }

    /// <summary>Today's shifts on the published rota and where each stands now.</summary>
    public IReadOnlyList<DutyShift> Today { get; private set; } = [];

    /// <summary>Published shifts of the coming <see cref="ShiftsAtRiskEndpoints.DefaultDays"/> days whose holder cannot work them (<see cref="ShiftsAtRisk"/>).</summary>
    public IReadOnlyList<ShiftAtRisk> AtRisk { get; private set; } = [];

    /// <summary>Where the floor would fall below its safety minimum if those shifts are not covered (<see cref="FloorGaps"/>).</summary>
    public IReadOnlyList<Scheduler.Solver.Validation.RuleViolation> FloorGaps { get; private set; } = [];

    /// <summary>Yesterday's and today's calls (<see cref="LineAtAGlance"/>).</summary>
    public LineGlance Line { get; private set; } = null!;

    /// <summary>Shifts offered to volunteers and not given yet (<see cref="CoverOffers"/>), by day.</summary>
    public IReadOnlyList<OpenCoverOffer> OpenOffers { get; private set; } = [];

    /// <summary>
    /// "Absent·e aujourd'hui" on a row of today's card: a sick call recorded as a day of sickness, through the API's code;
    /// the row then reads "à remplacer", with the way to find cover. Only for someone with a shift today.
    /// </summary>
    public async Task<IActionResult> OnPostSickTodayAsync(Guid staffId, CancellationToken ct)
    {
        var today = clock.Today();
        var planned = await db.Assignments.Where(a => a.StaffId == staffId && a.Date == today)
            .OnPublishedRotas(db.Rotas).AnyAsync(ct);
        if (!planned)
        {
            return NotFound();
        }

        await Availability.AddAbsenceAsync(db, staffId, new AbsenceRequest(today, today, AbsenceKind.Sickness, null), selfService: false, "", ct);
        return Redirect("/gestion#aujourdhui");
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.LocalNow();
        Today = await TodayOnDuty.OfAsync(db, Now, ct);
        OpenOffers = await CoverOffers.OpenAsync(db, Now.Date, ct);
        Line = await LineAtAGlance.OfAsync(db, Now.Date, ct);
        AtRisk = await ShiftsAtRisk.BetweenAsync(db, Now.Date, Now.Date.PlusDays(ShiftsAtRiskEndpoints.DefaultDays - 1), ct);
        FloorGaps = AtRisk.Count == 0 ? [] : await Features.Rotas.FloorGaps.BetweenAsync(db, problems, Now.Date, Now.Date.PlusDays(ShiftsAtRiskEndpoints.DefaultDays - 1), ct);
        var since = Now.Date.PlusDays(-RecentDays);
        Rotas = await db.Rotas.Where(r => All || r.PeriodEnd >= since).OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.CreatedAt)
            .Select(r => new RotaRow(r.Id, r.PeriodStart, r.PeriodEnd, r.Status, r.Source, r.Assignments.Count, r.PublishedAt))
            .ToListAsync(ct);
        Older = All ? 0 : await db.Rotas.CountAsync(r => r.PeriodEnd < since, ct);
        PendingRequests = await db.TimeOffRequests.CountAsync(r => r.Status == RequestStatus.Pending, ct)
            + await db.SwapRequests.CountAsync(r => r.Status == RequestStatus.Pending, ct);
        OpenAlerts = await db.Alerts.CountAsync(a => a.AcknowledgedAt == null, ct);
        if (GivenShift is { } shiftId)
        {
            Given = (await db.Assignments.Where(a => a.Id == shiftId).Join(db.Staff, a => a.StaffId, s => s.Id, (a, s) => new { s.Name, a.Date, a.Start, a.End }).ToListAsync(ct))
                .Select(g => (g.Name, g.Date, g.Start, g.End)).FirstOrDefault();
        }
    }
}
