using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>"Remplacer un service": who could take a published shift over (a sick call), and giving it to one of them.</summary>
public sealed class CoverModel(
    SchedulerDbContext db, RotaProblemFactory problems, RequestDecisionMail mail, CoverOfferMail offerMail, IClock clock, NoticePeriod notice, UiText text) : PageModel
{
    public AssignmentEntity Shift { get; private set; } = null!;

    public string OwnerName { get; private set; } = "";

    /// <summary>The owner's absence on the shift's day, if recorded.</summary>
    public AbsenceKind? OwnerAway { get; private set; }

    public IReadOnlyList<CoverCandidate> Candidates { get; private set; } = [];

    /// <summary>The shift is inside the notice period: a part-timer may refuse it (<see cref="NoticePeriod"/>).</summary>
    public bool ShortNotice => notice.IsShort(Shift.Date);

    public int NoticeDays => notice.WorkingDays;

    /// <summary>The shift's open offer to volunteers, with who volunteered; null when it is not offered.</summary>
    public CoverOfferEntity? Offer { get; private set; }

    public bool Volunteered(Guid staffId) => Offer?.Volunteers.Any(v => v.StaffId == staffId) == true;

    /// <summary>After a post: "offered" (with <see cref="Told"/>) or "withdrawn".</summary>
    [BindProperty(SupportsGet = true, Name = "message")]
    public string? Message { get; set; }

    [BindProperty(SupportsGet = true, Name = "prevenus")]
    public int? Told { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The candidate a refused post was for, and why.</summary>
    public (Guid StaffId, string Message)? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid shiftId, CancellationToken ct) => await LoadAsync(shiftId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid shiftId, Guid staffId, string? overrideReason, CancellationToken ct)
    {
        var result = await ShiftHandover.GiveAsync(db, problems, mail, offerMail, shiftId, staffId, overrideReason, User.Identity?.Name, clock, ct);
        if (result is NotFound)
        {
            return NotFound();
        }

        if (result is not (ValidationProblem or ProblemHttpResult))
        {
            return Redirect($"/gestion?confie={shiftId}#aujourdhui");
        }

        db.ChangeTracker.Clear();
        if (!await LoadAsync(shiftId, ct))
        {
            return NotFound();
        }

        Refusal = (staffId, result is ValidationProblem problem
            ? problem.ProblemDetails.Errors.ContainsKey("staffId") ? text.CoverRefused : text.CoverNeedsReason
            : text.CoverChangedMeanwhile);
        return Page();
    }

    /// <summary>"Proposer ce service": offers it to everyone listed (<see cref="CoverOffers"/>), each e-mailed.</summary>
    public async Task<IActionResult> OnPostOfferAsync(Guid shiftId, CancellationToken ct)
    {
        var result = await CoverOffers.OfferAsync(db, problems, offerMail, shiftId, Note, User.Identity?.Name ?? "unknown", clock, ct);
        switch (result)
        {
            case Microsoft.AspNetCore.Http.HttpResults.NotFound:
                return NotFound();
            case Created<CoverOfferResponse> created:
                return Redirect($"/gestion/remplacement/{shiftId}?message=offered&prevenus={created.Value!.Told}");
            case ValidationProblem:
                ModelState.AddModelError(nameof(Note), text.OfferNoteTooLong(Data.Configurations.CoverOfferConfiguration.NoteLength));
                return await LoadAsync(shiftId, ct) ? Page() : NotFound();
            default:
                // Offered already (by another manager), or its day has passed: the page shows how it stands.
                return Redirect($"/gestion/remplacement/{shiftId}");
        }
    }

    public async Task<IActionResult> OnPostWithdrawOfferAsync(Guid shiftId, CancellationToken ct)
    {
        await CoverOffers.WithdrawAsync(db, offerMail, shiftId, clock, ct);
        return Redirect($"/gestion/remplacement/{shiftId}?message=withdrawn");
    }

    private async Task<bool> LoadAsync(Guid shiftId, CancellationToken ct)
    {
        if (await ShiftHandover.CandidatesAsync(db, problems, shiftId, ct) is not { } cover)
        {
            return false;
        }

        Offer = await CoverOffers.OpenOfAsync(db, shiftId, ct);
        // Those who said they can take it come first, in the order the validator ranks everyone.
        (Shift, Candidates) = (cover.Shift, [.. cover.Candidates.OrderBy(c => Volunteered(c.StaffId) ? 0 : 1)]);
        OwnerName = await db.Staff.Where(s => s.Id == Shift.StaffId).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? "";
        OwnerAway = await db.Absences.Where(a => a.StaffId == Shift.StaffId && a.From <= Shift.Date && a.To >= Shift.Date)
            .Select(a => (AbsenceKind?)a.Kind).FirstOrDefaultAsync(ct);
        return true;
    }
}
