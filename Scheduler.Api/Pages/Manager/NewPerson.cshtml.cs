using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// "Ajouter une personne": the API's create code (<see cref="StaffEndpoints.CreateAsync"/>) behind a form, so the page
/// accepts exactly what <c>POST /api/staff</c> accepts; the API's field names are turned into messages next to the fields.
/// </summary>
public sealed class NewPersonModel(SchedulerDbContext db, IClock clock, UiText text) : PageModel
{
    // Typed values stay strings so that what was typed comes back as typed, and model binding adds no English errors.
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? WeeklyHours { get; set; }

    [BindProperty]
    public string? QualifiedUntil { get; set; }

    [BindProperty]
    public List<string> Channels { get; set; } = [];

    [BindProperty]
    public bool IsTrained { get; set; }

    /// <summary>The channels offered: the ones the API knows.</summary>
    public static IEnumerable<string> KnownChannels => StaffValidation.KnownChannels;

    public LocalDate Today => clock.Today();

    public void OnGet()
    {
        Role = nameof(StaffRole.Listener);
        Channels = ["phone"];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var hours = Show.ParseHours(WeeklyHours);
        var until = Show.ParseDate(QualifiedUntil);
        var role = Enum.TryParse<StaffRole>(Role, out var r) && Enum.IsDefined(r) ? r : (StaffRole?)null;
        var request = new StaffRequest(Name, role, Email, hours, IsTrained, until, Channels, Version: null);

        var unreadable = new List<string>();
        if (hours is null && !string.IsNullOrWhiteSpace(WeeklyHours))
        {
            unreadable.Add("weeklyHours");
        }

        if (until is null && !string.IsNullOrWhiteSpace(QualifiedUntil))
        {
            unreadable.Add("qualifiedUntil");
        }

        if (unreadable.Count > 0)
        {
            // The API never sees what could not be read; its own checks still judge the other fields, all shown at once.
            ModelState.AddApiErrors(unreadable.Concat(StaffValidation.Check(request, isUpdate: false).Fields), Describe);
            return Page();
        }

        var result = await StaffEndpoints.CreateAsync(request, db, clock, ct);
        if (result.Result is ValidationProblem problem)
        {
            ModelState.AddApiErrors(problem.ProblemDetails.Errors.Keys, Describe);
            return Page();
        }

        var created = ((CreatedAtRoute<StaffResponse>)result.Result).Value!;
        return Redirect($"/gestion/equipe?ajoute={created.Id}");
    }

    /// <summary>The form field behind one of the API's field names, and what it expects in the reader's language.</summary>
    private (string Key, string Message)? Describe(string apiField) => apiField switch
    {
        "name" => (nameof(Name), text.FieldPersonName(StaffConfiguration.NameLength)),
        "email" => (nameof(Email), text.FieldEmailAddress(StaffConfiguration.EmailLength)),
        "role" => (nameof(Role), text.FieldChoose),
        "weeklyHours" => (nameof(WeeklyHours), text.FieldWeeklyHours),
        "qualifiedUntil" => (nameof(QualifiedUntil), text.FieldQualifiedUntil(Show.Date(FieldErrors.MinDate), Show.Date(FieldErrors.MaxDate))),
        "channels" => (nameof(Channels), text.FieldChannels),
        _ => (string.Empty, text.StaffFormRejected),
    };
}
