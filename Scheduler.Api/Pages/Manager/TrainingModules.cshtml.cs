using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Configurations;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Web;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// The training modules a listener's qualification is made of: the initial training, and refreshers to renew within
/// their validity. A manager defines them here once (the API's code: <see cref="TrainingEndpoints.CreateModuleAsync"/>),
/// then records who finished which on each person's page.
/// </summary>
public sealed class TrainingModulesModel(SchedulerDbContext db, UiText text) : PageModel
{
    public IReadOnlyList<TrainingModuleEntity> Modules { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public TrainingModuleKind Kind { get; set; } = TrainingModuleKind.Refresher;

    [BindProperty]
    public string? DurationDays { get; set; }

    [BindProperty]
    public string? ValidityMonths { get; set; }

    [BindProperty(SupportsGet = true, Name = "ajoute")]
    public bool Added { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var days = ReadWhole(DurationDays);
        var months = ReadWhole(ValidityMonths);
        if (days is null && !string.IsNullOrWhiteSpace(DurationDays))
        {
            ModelState.AddModelError(nameof(DurationDays), text.FieldDurationDays);
        }

        if (months is null && !string.IsNullOrWhiteSpace(ValidityMonths))
        {
            ModelState.AddModelError(nameof(ValidityMonths), Kind == TrainingModuleKind.Refresher ? text.FieldValidityMonths : text.FieldNoValidity);
        }

        if (ModelState.IsValid)
        {
            var request = new TrainingModuleRequest(IdOf(Name), Name, Kind, days, months);
            switch ((await TrainingEndpoints.CreateModuleAsync(request, db, ct)).Result)
            {
                case ValidationProblem problem:
                    ModelState.AddApiErrors(problem.ProblemDetails.Errors.Keys, Describe);
                    break;
                case ProblemHttpResult:
                    ModelState.AddModelError(nameof(Name), text.FieldModuleExists);
                    break;
                default:
                    return Redirect("/gestion/formations?ajoute=true");
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The module's stable code, from its name: "Recyclage annuel" reads "recyclage-annuel" (the API's id).</summary>
    public static string? IdOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var letters = name.Trim().Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        var id = string.Join('-', new string([.. letters]).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return id.Length > TrainingModuleConfiguration.IdLength ? id[..TrainingModuleConfiguration.IdLength].TrimEnd('-') : id;
    }

    private static int? ReadWhole(string? typed) =>
        int.TryParse(typed?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The form field behind one of the API's field names, and what it expects in the reader's language.</summary>
    private (string Key, string Message)? Describe(string apiField) => apiField switch
    {
        "durationDays" => (nameof(DurationDays), text.FieldDurationDays),
        "validityMonths" => (nameof(ValidityMonths), Kind == TrainingModuleKind.Refresher ? text.FieldValidityMonths : text.FieldNoValidity),
        "kind" => (nameof(Kind), text.FieldChoose),
        _ => (nameof(Name), text.FieldModuleName),
    };

    private async Task LoadAsync(CancellationToken ct) =>
        Modules = await db.TrainingModules.AsNoTracking().OrderBy(m => m.Kind).ThenBy(m => m.Name).ToListAsync(ct);
}
