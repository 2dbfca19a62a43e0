using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Features.SelfService;
using Scheduler.Api.Time;

namespace Scheduler.Api.Pages.Listener;

/// <summary>"Services à pourvoir": the shifts managers offered that I could take; I say I can, or take my word back (<see cref="CoverOffers"/>).</summary>
public sealed class OffersModel(SchedulerDbContext db, UserManager<SchedulerUser> users, RotaProblemFactory problems, CoverOfferMail mail, IClock clock) : PageModel
{
    public IReadOnlyList<MyCoverOfferResponse> Offers { get; private set; } = [];

    /// <summary>My coming published shifts, those I offered to colleagues marked.</summary>
    public IReadOnlyList<MyShiftResponse> MyShifts { get; private set; } = [];

    public IReadOnlySet<Guid> MyOffered { get; private set; } = new HashSet<Guid>();

    /// <summary>"Chercher un remplaçant" on one of my shifts (from "Mes horaires"): the shift to offer, when it is mine and not offered yet.</summary>
    [BindProperty(SupportsGet = true, Name = "service")]
    public Guid? ToOffer { get; set; }

    public MyShiftResponse? Offering => MyShifts.FirstOrDefault(s => s.Id == ToOffer && !MyOffered.Contains(s.Id));

    /// <summary>After a post: "volunteered", "withdrawn" or "gone" (the offer closed, or I can no longer take it).</summary>
    [BindProperty(SupportsGet = true, Name = "message")]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await StaffIdAsync() is not { } me)
        {
            return Forbid();
        }

        Offers = await CoverOffers.ForAsync(db, problems, me, clock.Today(), ct);
        MyShifts = await MeEndpoints.PublishedShiftsAsync(db, me, clock.Today(), clock.Today().PlusDays(IndexModel.ListDays - 1), ct);
        MyOffered = await CoverOffers.OfferedOfAsync(db, me, ct);
        return Page();
    }

    /// <summary>Offers my shift to colleagues (the managers are told; it stays mine until one gives it to a volunteer).</summary>
    public async Task<IActionResult> OnPostOfferMineAsync(Guid shiftId, string? note, [FromServices] RequestSubmittedMail managers, CancellationToken ct)
    {
        if (await StaffIdAsync() is not { } me)
        {
            return Forbid();
        }

        var result = await CoverOffers.OfferMineAsync(db, problems, mail, managers, me, shiftId, note, User.Identity?.Name ?? "unknown", clock, ct);
        return Redirect($"/mes-horaires/a-pourvoir?message={(result is IStatusCodeHttpResult { StatusCode: 201 } ? "offered" : "not-offered")}");
    }

    public async Task<IActionResult> OnPostWithdrawMineAsync(Guid shiftId, CancellationToken ct)
    {
        if (await StaffIdAsync() is not { } me)
        {
            return Forbid();
        }

        await CoverOffers.WithdrawMineAsync(db, mail, me, shiftId, clock, ct);
        return Redirect("/mes-horaires/a-pourvoir?message=offer-withdrawn");
    }

    public async Task<IActionResult> OnPostVolunteerAsync(Guid offerId, CancellationToken ct)
    {
        if (await StaffIdAsync() is not { } me)
        {
            return Forbid();
        }

        var result = await CoverOffers.VolunteerAsync(db, problems, offerId, me, clock, ct);
        return Redirect($"/mes-horaires/a-pourvoir?message={(result is IStatusCodeHttpResult { StatusCode: 200 } ? "volunteered" : "gone")}");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid offerId, CancellationToken ct)
    {
        if (await StaffIdAsync() is not { } me)
        {
            return Forbid();
        }

        await CoverOffers.WithdrawVolunteerAsync(db, offerId, me, ct);
        return Redirect("/mes-horaires/a-pourvoir?message=withdrawn");
    }

    private async Task<Guid?> StaffIdAsync() => (await users.GetUserAsync(User))?.StaffId;
}
