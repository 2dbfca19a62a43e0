using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Time;

namespace Scheduler.Api.Pages.Listener;

/// <summary>"Services à pourvoir": the shifts managers offered that I could take; I say I can, or take my word back (<see cref="CoverOffers"/>).</summary>
public sealed class OffersModel(SchedulerDbContext db, UserManager<SchedulerUser> users, RotaProblemFactory problems, IClock clock) : PageModel
{
    public IReadOnlyList<MyCoverOfferResponse> Offers { get; private set; } = [];

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
        return Page();
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
