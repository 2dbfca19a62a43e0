using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Requests;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>Pending time-off and swap requests; each is approved or refused through the same code as the API.</summary>
public sealed class RequestsModel(SchedulerDbContext db, IRotaChecker checker, RequestDecisionMail mail, IClock clock, UiText text) : PageModel
{
    public IReadOnlyList<TimeOffRequestEntity> TimeOff { get; private set; } = [];

    public IReadOnlyList<SwapRequestEntity> Swaps { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "resultat")]
    public string? Outcome { get; set; }

    /// <summary>For each pending time-off request, the published rotas with the person's shifts on those days: what approving it means re-planning.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<ShiftsToReplan>> AtStake { get; private set; } = new Dictionary<Guid, IReadOnlyList<ShiftsToReplan>>();

    /// <summary>For each pending time-off request, who else is away on those days and the leanest day's people left.</summary>
    public IReadOnlyDictionary<Guid, AwayTheSameDays> Away { get; private set; } = new Dictionary<Guid, AwayTheSameDays>();

    /// <summary>Per person asking for leave: their paid leave this reference period (<see cref="PaidLeaveTally"/>).</summary>
    public IReadOnlyDictionary<Guid, PaidLeaveTally> Leave { get; private set; } = new Dictionary<Guid, PaidLeaveTally>();

    /// <summary>For each pending swap, what approving it would break (checked now, as the approval will).</summary>
    public IReadOnlyDictionary<Guid, SwapPreview> SwapChecks { get; private set; } = new Dictionary<Guid, SwapPreview>();

    private Dictionary<Guid, string> _names = [];
    private Dictionary<Guid, AssignmentEntity> _shifts = [];

    public string Name(Guid staffId) => _names.GetValueOrDefault(staffId) ?? "?";

    public string Describe(Guid assignmentId) => _shifts.TryGetValue(assignmentId, out var a)
        ? $"{Name(a.StaffId)} {Show.Day(a.Date, text)} {Show.Span(a.Start, a.End)}"
        : "?";

    public async Task OnGetAsync(CancellationToken ct)
    {
        TimeOff = await db.TimeOffRequests.Where(r => r.Status == RequestStatus.Pending).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        Swaps = await db.SwapRequests.Where(r => r.Status == RequestStatus.Pending).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        _names = await db.Staff.ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var ids = Swaps.SelectMany(s => new[] { s.AssignmentId, s.OtherAssignmentId }).ToList();
        _shifts = await db.Assignments.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var atStake = new Dictionary<Guid, IReadOnlyList<ShiftsToReplan>>();
        foreach (var request in TimeOff)
        {
            atStake[request.Id] = await ShiftsToReplan.DuringAsync(db, request.StaffId, request.From, request.To, ct);
        }

        AtStake = atStake;
        Away = await AwayTheSameDays.ForAsync(db, TimeOff, ct);
        var askingLeave = TimeOff.Where(r => r.Kind == AbsenceKind.Leave).Select(r => r.StaffId).Distinct().ToList();
        Leave = (await db.Staff.AsNoTracking().Include(s => s.Contracts).Include(s => s.Absences).AsSplitQuery().Where(s => askingLeave.Contains(s.Id)).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => PaidLeaveTally.Of(s, clock.Today()));
        var checks = new Dictionary<Guid, SwapPreview>();
        var checkedBefore = new Dictionary<Guid, IReadOnlyList<RotaViolation>>();
        foreach (var swap in Swaps)
        {
            checks[swap.Id] = await SwapPreview.OfAsync(db, checker, swap, checkedBefore, ct);
        }

        SwapChecks = checks;
    }

    public Task<IActionResult> OnPostApproveTimeOffAsync(Guid requestId, string? answer, CancellationToken ct) =>
        Decide(ManagerRequestEndpoints.DecideTimeOffAsync(requestId, new DecisionRequest(answer, null), approve: true, db, mail, clock, User, ct), "ok-approved");

    public Task<IActionResult> OnPostRefuseTimeOffAsync(Guid requestId, string? answer, CancellationToken ct) =>
        Decide(ManagerRequestEndpoints.DecideTimeOffAsync(requestId, new DecisionRequest(answer, null), approve: false, db, mail, clock, User, ct), "ok-refused");

    public Task<IActionResult> OnPostApproveSwapAsync(Guid requestId, string? answer, string? overrideReason, CancellationToken ct) =>
        Decide(SwapDecisions.ApproveAsync(requestId, new DecisionRequest(answer, overrideReason), db, checker, mail, clock, User, ct), "ok-approved");

    public Task<IActionResult> OnPostRefuseSwapAsync(Guid requestId, string? answer, CancellationToken ct) =>
        Decide(SwapDecisions.RefuseAsync(requestId, new DecisionRequest(answer, null), db, mail, clock, User, ct), "ok-refused");

    private static async Task<IActionResult> Decide(Task<IResult> decision, string success)
    {
        var result = await decision;
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var outcome = status switch
        {
            StatusCodes.Status200OK => success,
            StatusCodes.Status400BadRequest => "needs-override",
            StatusCodes.Status404NotFound => "not-found",
            _ => "conflict",
        };
        return new RedirectResult($"/gestion/demandes?resultat={outcome}");
    }
}
