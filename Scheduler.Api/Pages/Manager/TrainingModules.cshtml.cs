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
/// then records who finished which on each person's page. Each module can be changed (its code stays) or deleted while
/// no training record uses it, through the API's code too.
/// </summary>
public sealed class TrainingModulesModel(SchedulerDbContext db, QualificationRefresh qualifications, UiText text) : PageModel
{
    /// <summary>The edit form's fields, posted as <c>Edit.Name</c>… so they never mix with the creation form's.</summary>
    public sealed class ModuleEdit
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public TrainingModuleKind Kind { get; set; }

        public string? DurationDays { get; set; }

        public string? ValidityMonths { get; set; }
    }

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

    [BindProperty(SupportsGet = true, Name = "modifie")]
    public bool Changed { get; set; }

    [BindProperty(SupportsGet = true, Name = "supprime")]
    public bool Deleted { get; set; }

    /// <summary>The module whose edit form shows (<c>?modifier=id</c>), or the one posted back with errors.</summary>
    [BindProperty(SupportsGet = true, Name = "modifier")]
    public string? Editing { get; set; }

    [BindProperty]
    public ModuleEdit Edit { get; set; } = new();

    /// <summary>The module being edited, as stored (its name heads the form while the typed one may be refused).</summary>
    public TrainingModuleEntity? Edited => Modules.FirstOrDefault(m => m.Id == Editing);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Edited is { } module)
        {
            Edit = new ModuleEdit
            {
                Id = module.Id, Name = module.Name, Kind = module.Kind,
                DurationDays = module.DurationDays.ToString(CultureInfo.InvariantCulture),
                ValidityMonths = module.ValidityMonths?.ToString(CultureInfo.InvariantCulture),
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var days = ReadWhole(DurationDays, nameof(DurationDays), text.FieldDurationDays);
        var months = ReadWhole(ValidityMonths, nameof(ValidityMonths), ValidityError(Kind));
        if (ModelState.IsValid)
        {
            var request = new TrainingModuleRequest(IdOf(Name), Name, Kind, days, months);
            switch ((await TrainingEndpoints.CreateModuleAsync(request, db, ct)).Result)
            {
                case ValidationProblem problem:
                    ModelState.AddApiErrors(problem.ProblemDetails.Errors.Keys, field => Describe(field, Kind, ""));
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

    /// <summary>Saves the edit form through the API's code: field errors beside the form's fields, 404 for a module gone.</summary>
    public async Task<IActionResult> OnPostChangeAsync(CancellationToken ct)
    {
        Editing = Edit.Id;
        var days = ReadWhole(Edit.DurationDays, EditKey(nameof(ModuleEdit.DurationDays)), text.FieldDurationDays);
        var months = ReadWhole(Edit.ValidityMonths, EditKey(nameof(ModuleEdit.ValidityMonths)), ValidityError(Edit.Kind));
        if (ModelState.IsValid)
        {
            var change = new TrainingModuleChange(Edit.Name, Edit.Kind, days, months);
            switch ((await TrainingEndpoints.UpdateModuleAsync(Edit.Id ?? "", change, db, qualifications, ct)).Result)
            {
                case IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound }:
                    return NotFound();
                case ValidationProblem problem:
                    ModelState.AddApiErrors(problem.ProblemDetails.Errors.Keys, field => Describe(field, Edit.Kind, EditKey("")));
                    break;
                case ProblemHttpResult:
                    ModelState.AddModelError(EditKey(nameof(ModuleEdit.Name)), text.FieldModuleExists);
                    break;
                default:
                    return Redirect("/gestion/formations?modifie=true");
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Deletes a module through the API's code; one in use stays, with the reason beside its row.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? id, CancellationToken ct)
    {
        switch ((await TrainingEndpoints.DeleteModuleAsync(id ?? "", db, qualifications, ct)).Result)
        {
            case IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound }:
                return NotFound();
            case ProblemHttpResult conflict:
                var uses = conflict.ProblemDetails.Extensions.TryGetValue("completions", out var count) ? Convert.ToInt32(count, CultureInfo.InvariantCulture) : 0;
                ModelState.AddModelError(DeleteKey(id!), text.ModuleInUse(uses));
                await LoadAsync(ct);
                return Page();
            default:
                return Redirect("/gestion/formations?supprime=true");
        }
    }

    /// <summary>The model-state key of a module's delete error, shown in its row.</summary>
    public static string DeleteKey(string id) => "Delete." + id;

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

    private static string EditKey(string field) => $"{nameof(Edit)}.{field}";

    /// <summary>A whole number typed in a field; anything else typed is an error against <paramref name="key"/>, nothing typed is null.</summary>
    private int? ReadWhole(string? typed, string key, string message)
    {
        if (int.TryParse(typed?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (!string.IsNullOrWhiteSpace(typed))
        {
            ModelState.AddModelError(key, message);
        }

        return null;
    }

    private string ValidityError(TrainingModuleKind kind) => kind == TrainingModuleKind.Refresher ? text.FieldValidityMonths : text.FieldNoValidity;

    /// <summary>The form field behind one of the API's field names (keys start with <paramref name="prefix"/>), and what it expects in the reader's language.</summary>
    private (string Key, string Message)? Describe(string apiField, TrainingModuleKind kind, string prefix) => apiField switch
    {
        "durationDays" => (prefix + nameof(DurationDays), text.FieldDurationDays),
        "validityMonths" => (prefix + nameof(ValidityMonths), ValidityError(kind)),
        "kind" => (prefix + nameof(Kind), text.FieldChoose),
        _ => (prefix + nameof(Name), text.FieldModuleName),
    };

    private async Task LoadAsync(CancellationToken ct) =>
        Modules = await db.TrainingModules.AsNoTracking().OrderBy(m => m.Kind).ThenBy(m => m.Name).ToListAsync(ct);
}
