using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Calendar;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Payroll;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Features.Requests;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Features.SelfService;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Listener;

/// <summary>
/// "Mes horaires", for everyone the rota plans (listeners, and managers, who take turns on duty): what recent publications changed in my coming shifts; my next published shifts (a list and a
/// Monday-first week), tomorrow's highlighted; my calendar-feed
/// link; my unavailability and preferences; my time-off and swap requests with their state; my training and its expiry.
/// </summary>
public sealed class IndexModel(
    SchedulerDbContext db, UserManager<SchedulerUser> users, PersonTraining training, RequestSubmittedMail requestMail, RotaProblemFactory problems, IClock clock, UiText text,
    IConfiguration configuration)
    : PageModel
{
    public const int ListDays = 28;

    /// <summary>My own shifts I offered to colleagues (<see cref="CoverOffers.OfferMineAsync"/>), still open.</summary>
    public IReadOnlySet<Guid> MyOffered { get; private set; } = new HashSet<Guid>();

    /// <summary>The shifts offered to volunteers that I could take (<see cref="CoverOffers"/>), or said I would.</summary>
    public int Offers { get; private set; }

    [BindProperty(SupportsGet = true, Name = "semaine")]
    public int WeekOffset { get; set; }

    [BindProperty(SupportsGet = true, Name = "message")]
    public string? Message { get; set; }

    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public StaffEntity? Me { get; private set; }

    public string? CalendarUrl { get; private set; }

    public LocalDate Today { get; private set; }

    public LocalDate Tomorrow => Today.PlusDays(1);

    /// <summary>The page's time on the line's clocks: a shift already started is not offered to colleagues.</summary>
    public LocalDateTime Now { get; private set; }

    public LocalDate Monday => Show.Monday(Today).PlusWeeks(WeekOffset);

    public IReadOnlyList<MyShiftResponse> Upcoming { get; private set; } = [];

    public IReadOnlyList<MyShiftResponse> Week { get; private set; } = [];

    /// <summary>What rotas published in the last <see cref="MyShiftChanges.RecentDays"/> days changed in my coming shifts.</summary>
    public IReadOnlyList<MyShiftChange> Changes { get; private set; } = [];

    /// <summary>Paid time of the week's published shifts (each less its unpaid break).</summary>
    public Duration WeekPaid => Duration.FromMinutes(Week.Sum(s => new Assignment(string.Empty, s.Date, s.Start, s.End, s.BreakStart, s.BreakEnd).PaidTime.TotalMinutes));

    /// <summary>The weekly hours of the contract in force on the week's Monday, if any.</summary>
    /// <summary>A full-timer's balance over the reference period, to the end of the week shown; null for a part-timer.</summary>
    public PeriodBalance? Balance { get; private set; }

    public Duration? WeekContract => Me?.ContractOn(Monday) is { } contract ? Duration.FromMinutes(contract.WeeklyMinutes) : null;

    /// <summary>My paid hours this month on the published rotas (none when neither under contract nor planned).</summary>
    public PersonMonth? MyMonth { get; private set; }

    /// <summary>Whether some days of this month have no published rota yet (their hours are not in <see cref="MyMonth"/>).</summary>
    public bool MonthPartlyPublished { get; private set; }

    /// <summary>The colleagues on duty during my shifts of the week shown.</summary>
    public IReadOnlyList<Teammate> WeekTeammates { get; private set; } = [];

    public IReadOnlyList<ColleagueShift> ColleagueShifts { get; private set; } = [];

    public IReadOnlyList<TimeOffRequestEntity> TimeOff { get; private set; } = [];

    public IReadOnlyList<SwapRequestEntity> Swaps { get; private set; } = [];

    public Dictionary<Guid, string> Names { get; private set; } = [];

    public Dictionary<Guid, AssignmentEntity> SwapShifts { get; private set; } = [];

    /// <summary>
    /// Whether I may ask for time off or a swap here: a listener. A manager, also on the rota, records their own absence
    /// on their person page and has nobody to ask a swap of.
    /// </summary>
    public bool CanAsk => User.IsInRole(Roles.Listener);

    /// <summary>My finished training (a listener's qualification is on <see cref="Me"/>).</summary>
    public PersonTraining.View? MyTraining { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotLinked();

    /// <summary>Issues my calendar link (or keeps the existing one) through the same code as the API.</summary>
    public async Task<IActionResult> OnPostCalendarAsync(CancellationToken ct)
    {
        await CalendarEndpoints.GetLinkAsync(Request, User, users);
        return Redirect("/mes-horaires?message=calendar#agenda");
    }

    public async Task<IActionResult> OnPostUnavailableAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotLinked();
        }

        var (from, to) = DateRange.Read(Form.From, Form.To, text, ModelState, "Form.");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Availability.AddAbsenceAsync(db, Me!.Id, new AbsenceRequest(from, to, null, Form.Comment), selfService: true, "", ct);
        return Done(result.Result is ValidationProblem, "unavailable");
    }

    /// <summary>"Prévenir l'encadrement": I am off sick from today (<see cref="SickCall"/>, the API's code); the managers are e-mailed.</summary>
    public async Task<IActionResult> OnPostSickCallAsync(int days, string? note, [FromServices] SickCallMail sickMail, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { StaffId: { } staffId })
        {
            return NotLinked();
        }

        var result = await SickCall.DeclareAsync(db, sickMail, staffId, new SickCallRequest(days, note), clock, ct);
        var outcome = result switch
        {
            IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created } => "sick",
            IStatusCodeHttpResult { StatusCode: StatusCodes.Status409Conflict } => "sick-already",
            _ => "refused",
        };
        return Redirect($"/mes-horaires?message={outcome}");
    }

    /// <summary>Removes an unavailability I declared, through the API's code (which refuses anything else: 404).</summary>
    public async Task<IActionResult> OnPostRemoveUnavailableAsync(Guid absenceId, [FromServices] TimeOffCancellation cancellation, CancellationToken ct)
    {
        if ((await users.GetUserAsync(User))?.StaffId is not { } staffId)
        {
            return NotLinked();
        }

        var result = await Availability.DeleteAbsenceAsync(db, cancellation, User, staffId, absenceId, selfService: true, ct);
        return result.Result is NoContent ? Redirect("/mes-horaires?message=unavailable-removed#availability-title") : NotFound();
    }

    public async Task<IActionResult> OnPostTimeOffAsync(CancellationToken ct)
    {
        if (!CanAsk)
        {
            return Forbid();
        }

        if (!await LoadAsync(ct))
        {
            return NotLinked();
        }

        var (from, to) = DateRange.Read(Form.From, Form.To, text, ModelState, "Form.");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await ListenerRequestEndpoints.AskTimeOffAsync(new TimeOffRequest(from, to, null, Form.Comment), User, users, db, clock, requestMail, ct);
        return Done(result is ValidationProblem, "timeoff");
    }

    public async Task<IActionResult> OnPostSwapAsync(CancellationToken ct)
    {
        if (!CanAsk)
        {
            return Forbid();
        }

        if (!await LoadAsync(ct))
        {
            return NotLinked();
        }

        if (Form.MyShift is null)
        {
            ModelState.AddModelError("Form.MyShift", text.FieldChoose);
        }

        if (Form.OtherShift is null)
        {
            ModelState.AddModelError("Form.OtherShift", text.FieldChoose);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await ListenerRequestEndpoints.AskSwapAsync(new SwapRequest(Form.MyShift, Form.OtherShift, Form.Comment), User, users, db, clock, requestMail, ct);
        return Done(result is ValidationProblem, "swap");
    }

    /// <summary>Takes back one of my pending requests through the API's code; an answered one stays, and the page says so.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(string? kind, Guid id, CancellationToken ct)
    {
        if (!CanAsk)
        {
            return Forbid();
        }

        var result = kind == "swap"
            ? await RequestWithdrawal.WithdrawSwapAsync(id, User, users, db, clock, ct)
            : await RequestWithdrawal.WithdrawTimeOffAsync(id, User, users, db, clock, ct);
        return Redirect($"/mes-horaires?message={(result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK } ? "withdrawn" : "not-withdrawn")}#demandes");
    }

    private RedirectResult Done(bool refused, string what) => Redirect($"/mes-horaires?message={(refused ? "refused" : what)}#demandes");

    private ContentResult NotLinked() => new() { StatusCode = StatusCodes.Status403Forbidden, Content = text.NotLinked, ContentType = "text/plain; charset=utf-8" };

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user?.StaffId is not { } staffId)
        {
            return false;
        }

        Today = clock.Today();
        Now = clock.LocalNow();
        WeekOffset = Math.Clamp(WeekOffset, -4, 26);
        Me = await db.Staff.Include(s => s.Absences).Include(s => s.Preferences).Include(s => s.Contracts).AsSplitQuery().AsNoTracking().FirstAsync(s => s.Id == staffId, ct);
        CalendarUrl = user.CalendarToken is { } token ? CalendarEndpoints.FeedUrl(Request, token) : null;
        Upcoming = await MeEndpoints.PublishedShiftsAsync(db, staffId, Today, Today.PlusDays(ListDays - 1), ct);
        Week = await MeEndpoints.PublishedShiftsAsync(db, staffId, Monday, Monday.PlusDays(6), ct);
        WeekTeammates = await Teammates.AlongsideAsync(db, staffId, Week, ct);
        Balance = await PeriodBalance.OfAsync(db, configuration, Me, Monday, ct);
        var month = await MonthlyHours.OfAsync(db, Today.ToYearMonth(), ct, only: staffId);
        (MyMonth, MonthPartlyPublished) = (month.People.SingleOrDefault(), month.Unpublished.Count > 0);
        Changes = await MyShiftChanges.RecentAsync(db, staffId, clock.GetCurrentInstant(), Today, Today.PlusDays(MeEndpoints.ChangesDays - 1), ct);
        TimeOff = await db.TimeOffRequests.Where(r => r.StaffId == staffId).OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        Swaps = await db.SwapRequests.Where(r => r.StaffId == staffId).OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        Names = await db.Staff.ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        ColleagueShifts = await ColleagueShiftsAsync(staffId, ct);
        var swapIds = Swaps.SelectMany(s => new[] { s.AssignmentId, s.OtherAssignmentId }).ToList();
        SwapShifts = await db.Assignments.Where(a => swapIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        MyTraining = Me.Role == StaffRole.Listener ? await training.ViewAsync(Me, ct) : null;
        Offers = (await CoverOffers.ForAsync(db, problems, staffId, Today, ct)).Count;
        MyOffered = await CoverOffers.OfferedOfAsync(db, staffId, ct);
        return true;
    }

    /// <summary>Colleagues' published shifts of the next 14 days, to offer a swap with.</summary>
    private async Task<List<ColleagueShift>> ColleagueShiftsAsync(Guid staffId, CancellationToken ct)
    {
        var last = Today.PlusDays(14);
        var shifts = await db.Assignments.Where(a => a.StaffId != staffId && a.Date > Today && a.Date <= last)
            .OnPublishedRotas(db.Rotas)
            .ToListAsync(ct);
        var listeners = await db.Staff.Where(s => s.Role == Scheduler.Solver.Domain.StaffRole.Listener).Select(s => s.Id).ToListAsync(ct);
        return [.. shifts.Where(a => listeners.Contains(a.StaffId)).OrderBy(a => a.Date).ThenBy(a => a.Start)
            .Select(a => new ColleagueShift(a.Id, a.StaffId, a.Date, a.Start, a.End))];
    }
}

/// <summary>A colleague's published shift, offered for a swap.</summary>
public sealed record ColleagueShift(Guid Id, Guid StaffId, LocalDate Date, LocalTime Start, LocalTime End);

/// <summary>The listener's small forms share one shape: a date range with a comment, or two shifts to swap.</summary>
public sealed class RequestForm
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? Comment { get; set; }

    public Guid? MyShift { get; set; }

    public Guid? OtherShift { get; set; }
}
