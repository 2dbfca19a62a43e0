using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Listener;

/// <summary>A listener's own preferences (soft wishes the solver weighs): add one, remove one.</summary>
public sealed class PreferencesModel(SchedulerDbContext db, UserManager<SchedulerUser> users, UiText text) : PageModel
{
    public IReadOnlyList<PreferenceResponse> Current { get; private set; } = [];

    [BindProperty]
    public PreferenceKind Kind { get; set; } = PreferenceKind.AvoidDay;

    [BindProperty]
    public IsoDayOfWeek? Day { get; set; }

    [BindProperty]
    public int Weight { get; set; } = 3;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await StaffIdAsync() is { } id ? await ShowAsync(id, ct) : Forbid();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await StaffIdAsync() is not { } id)
        {
            return Forbid();
        }

        if (Kind is PreferenceKind.PreferDay or PreferenceKind.AvoidDay && Day is null)
        {
            ModelState.AddModelError(nameof(Day), text.FieldChoose);
        }

        if (Weight is < 1 or > 5)
        {
            ModelState.AddModelError(nameof(Weight), text.FieldChoose);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct);
        }

        var day = Kind is PreferenceKind.PreferDay or PreferenceKind.AvoidDay ? Day : null;
        var list = (await Availability.ListPreferencesAsync(db, id, ct)).Select(ToRequest).Append(new PreferenceRequest(Kind, null, day, Weight)).ToList();
        return await ReplaceAsync(id, list, ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid preferenceId, CancellationToken ct)
    {
        if (await StaffIdAsync() is not { } id)
        {
            return Forbid();
        }

        var list = (await Availability.ListPreferencesAsync(db, id, ct)).Where(p => p.Id != preferenceId).Select(ToRequest).ToList();
        return await ReplaceAsync(id, list, ct);
    }

    private async Task<IActionResult> ReplaceAsync(Guid staffId, List<PreferenceRequest> list, CancellationToken ct)
    {
        var result = await Availability.ReplacePreferencesAsync(db, staffId, list, ct);
        if (result.Result is ValidationProblem)
        {
            ModelState.AddModelError(nameof(Kind), text.FieldChoose);
            return await ShowAsync(staffId, ct);
        }

        return Redirect("/mes-horaires/preferences");
    }

    private async Task<IActionResult> ShowAsync(Guid staffId, CancellationToken ct)
    {
        Current = await Availability.ListPreferencesAsync(db, staffId, ct);
        return Page();
    }

    private async Task<Guid?> StaffIdAsync() => (await users.GetUserAsync(User))?.StaffId;

    private static PreferenceRequest ToRequest(PreferenceResponse p) => new(p.Kind, p.Date, p.Day, p.Weight);
}
