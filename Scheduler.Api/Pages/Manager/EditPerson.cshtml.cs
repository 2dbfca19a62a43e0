using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// "Modifier la fiche": a person's name, e-mail and channels, through <c>PUT /api/staff/{id}</c>'s code with the role,
/// contract and training kept as they are (those have their own forms). The record's version guards against two
/// managers editing it at once: the second is shown the first one's values.
/// </summary>
public sealed class EditPersonModel(SchedulerDbContext db, IClock clock, UiText text) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public List<string> Channels { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The name as stored, for the title while the typed one may be refused.</summary>
    public string StoredName { get; private set; } = "";

    public static IEnumerable<string> KnownChannels => StaffValidation.KnownChannels;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } person)
        {
            return NotFound();
        }

        Fill(person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } person)
        {
            return NotFound();
        }

        var today = clock.Today();
        if (person.ContractOn(today) is not { } contract)
        {
            ModelState.AddModelError(string.Empty, text.EditPersonNoContract);
            return Page();
        }

        var request = new StaffRequest(Name, person.Role, Email, contract.WeeklyMinutes / 60m, person.IsTrained, person.QualifiedUntil, Channels, Version);
        switch ((await StaffEndpoints.UpdateAsync(id, request, db, clock, ct)).Result)
        {
            case ValidationProblem problem:
                ModelState.AddApiErrors(problem.ProblemDetails.Errors.Keys, Describe);
                return Page();
            case ProblemHttpResult:
                // Another manager saved first: show what is stored now, to edit again from there.
                ModelState.Clear();
                Fill((await LoadAsync(id, ct))!);
                ModelState.AddModelError(string.Empty, text.EditPersonStale);
                return Page();
            case Microsoft.AspNetCore.Http.HttpResults.NotFound:
                return NotFound();
            default:
                return Redirect($"/gestion/equipe/{id}?enregistre=fiche");
        }
    }

    private async Task<StaffEntity?> LoadAsync(Guid id, CancellationToken ct)
    {
        var person = await db.Staff.Include(s => s.Contracts).Include(s => s.Skills).AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);
        StoredName = person?.Name ?? "";
        return person;
    }

    private void Fill(StaffEntity person)
    {
        Name = person.Name;
        Email = person.Email;
        Channels = [.. person.Skills.Select(s => s.Channel)];
        Version = person.Version;
    }

    private (string Key, string Message)? Describe(string apiField) => apiField switch
    {
        "name" => (nameof(Name), text.FieldPersonName(StaffConfiguration.NameLength)),
        "email" => (nameof(Email), text.FieldEmailAddress(StaffConfiguration.EmailLength)),
        "channels" => (nameof(Channels), text.FieldChannels),
        _ => (string.Empty, text.EditPersonRejected),
    };
}
