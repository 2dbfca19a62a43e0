using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Web;
using Scheduler.Solver.Validation;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// The rota grid: one week at a time, with the cover chart and the explanation panel; a draft's shift is edited in place,
/// checked by the validator ("Vérifier") before it is saved ("Enregistrer"), and the draft is published from here; a
/// published rota is re-planned from here after an absence ("Re-planifier").
/// </summary>
public sealed class RotaModel(SchedulerDbContext db, RotaInsight insight, RotaPublisher publisher, IRotaChecker checker, NoticePeriod notice, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "semaine")]
    public int Week { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? RoleFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "contrat")]
    public string? ContractFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "modifier")]
    public Guid? Edit { get; set; }

    /// <summary>True while a new shift is being added (the editor opens under the grid, with no shift of its own).</summary>
    [BindProperty(SupportsGet = true, Name = "ajouter")]
    public bool Adding { get; set; }

    [BindProperty(SupportsGet = true, Name = "message")]
    public string? Message { get; set; }

    /// <summary>After a publication with e-mail on: how many people were told.</summary>
    [BindProperty(SupportsGet = true, Name = "prevenus")]
    public int? Told { get; set; }

    [BindProperty]
    public ShiftForm Shift { get; set; } = new();

    [BindProperty]
    public string? OverrideReason { get; set; }

    public RotaEntity Rota { get; private set; } = null!;

    public IReadOnlyList<StaffEntity> Staff { get; private set; } = [];

    public RotaGrid Grid { get; private set; } = null!;

    public RotaInsight.Analysis Analysis { get; private set; } = null!;

    public RotaHistoryView History { get; private set; } = null!;

    /// <summary>On a draft: the changes publishing it would make to part-timers' shifts with less notice than owed.</summary>
    public IReadOnlyList<ShiftChange> ShortNotice { get; private set; } = [];

    public int NoticeDays => notice.WorkingDays;

    /// <summary>The validator's verdict on the edited rota, shown before saving; null until "Vérifier" is pressed.</summary>
    public IReadOnlyList<RuleViolation>? Verdict { get; private set; }

    /// <summary>Violations the edit would add: in <see cref="Verdict"/> but not in the stored rota's.</summary>
    public IReadOnlyList<RuleViolation> Added => Verdict is null ? [] : [.. Verdict.Except(Analysis.Violations)];

    /// <summary>Violations the edit would remove.</summary>
    public int Resolved => Verdict is null ? 0 : Analysis.Violations.Except(Verdict).Count();

    public LocalDate Monday => Rota.PeriodStart.PlusWeeks(Week);

    public int WeekCount => Rota.Weeks;

    public string Name(string staffId) => Guid.TryParse(staffId, out var id) ? Staff.FirstOrDefault(s => s.Id == id)?.Name ?? staffId : staffId;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Edit is { } edit && Rota.Assignments.FirstOrDefault(a => a.Id == edit) is { } shift)
        {
            Shift = ShiftForm.From(shift);
        }
        else if (Adding)
        {
            Shift = new ShiftForm { Date = Show.Date(Monday) };
        }

        return Page();
    }

    /// <summary>The rota as a rota file (<see cref="RotaFileExport"/>), for the command line's <c>validate</c> and <c>solve --problem</c>.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, [FromServices] RotaProblemFactory problems, CancellationToken ct) =>
        await RotaFileExport.BuildAsync(id, db, problems, ct) is { } file ? File(file.Content, RotaFileExport.ContentType, file.Name) : NotFound();

    /// <summary>The rota's shifts as CSV (<see cref="RotaCsv"/>), for payroll and HR.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadShiftsAsync(id, ct))
        {
            return NotFound();
        }

        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"3133-planning-{Rota.PeriodStart:yyyy-MM-dd}.csv");
        return File(RotaCsv.Shifts(Rota, Staff, text).ToBytes(), CsvTable.ContentType, name);
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Editing();
        if (Shift.Read(Rota, ActiveStaff(), text, ModelState) is { } edit)
        {
            Verdict = (await insight.AnalyseAsync(Rota, ShiftForm.Apply(Rota, Shift.AssignmentId, edit), ct)).Violations;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Editing();
        if (Shift.Read(Rota, ActiveStaff(), text, ModelState) is not { } edit)
        {
            return Page();
        }

        edit = edit with { Version = FormVersion() };
        if (Adding)
        {
            var added = await RotaEdits.AddAssignmentAsync(id, edit, db, checker, ct);
            return added.Result is Created<AssignmentEditResponse> ? Done(id, "added") : Refused(id, added.Result);
        }

        var result = await RotaEdits.UpdateAssignmentAsync(id, Shift.AssignmentId, edit, db, checker, ct);
        return result.Result is Ok<AssignmentEditResponse> ? Done(id, "saved") : Refused(id, result.Result);
    }

    /// <summary>"Supprimer ce service": the shift leaves the draft at once (the explanation panel then judges the rota without it).</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        var removed = await RotaEdits.RemoveAssignmentAsync(id, Shift.AssignmentId, FormVersion(), db, checker, ct);
        return removed.Result is Ok<ShiftRemovedResponse> ? Done(id, "removed") : Refused(id, removed.Result);
    }

    /// <summary>The shift the posted form edits: an existing one, or a new one (no id) being added.</summary>
    private void Editing()
    {
        Edit = Shift.AssignmentId == Guid.Empty ? null : Shift.AssignmentId;
        Adding = Shift.AssignmentId == Guid.Empty;
    }

    private Guid FormVersion() => Guid.TryParse(Request.Form["Version"], out var v) ? v : Guid.Empty;

    private RedirectResult Done(Guid id, string message) => Redirect($"/gestion/plannings/{id}?semaine={Week}&message={message}");

    /// <summary>An edit the API refused: the rota or the shift is gone (404), or it changed meanwhile or is no longer a draft.</summary>
    private IActionResult Refused(Guid id, IResult result) =>
        result is Microsoft.AspNetCore.Http.HttpResults.NotFound ? NotFound() : Redirect($"/gestion/plannings/{id}?semaine={Week}&message=conflict");

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var reason = string.IsNullOrWhiteSpace(OverrideReason) ? null : OverrideReason.Trim();
        if (Analysis.Violations.Count > 0 && reason is null)
        {
            ModelState.AddModelError(nameof(OverrideReason), text.OverrideRequired(Analysis.Violations.Count));
            return Page();
        }

        var version = Guid.TryParse(Request.Form["Version"], out var v) ? v : (Guid?)null;
        var result = await publisher.PublishAsync(id, new PublishRequest(version, reason), User.Identity?.Name ?? "unknown", ct);
        return result.Result switch
        {
            Ok<PublishResponse> ok => Redirect($"/gestion/plannings/{id}?semaine={Week}&message=published{(ok.Value!.Emailed > 0 ? $"&prevenus={ok.Value.Emailed}" : "")}"),
            Microsoft.AspNetCore.Http.HttpResults.NotFound => NotFound(),
            ValidationProblem => Redirect($"/gestion/plannings/{id}?semaine={Week}&message=override"),
            _ => Redirect($"/gestion/plannings/{id}?semaine={Week}&message=conflict"),
        };
    }

    /// <summary>
    /// "Re-planifier" on a published rota: the API's re-plan, then the run's progress page; <paramref name="keepOthers"/>
    /// (the form's box) pins every shift of people not newly away, as <c>pinUnchanged</c> does.
    /// </summary>
    public async Task<IActionResult> OnPostReplanAsync(Guid id, bool keepOthers, [FromServices] IRotaGenerationPages generation, CancellationToken ct)
    {
        var started = await generation.ReplanAsync(id, keepOthers, User.Identity?.Name ?? "unknown", ct);
        return started switch
        {
            null => NotFound(),
            { RunId: { } runId } => Redirect($"/gestion/generer/{runId}"),
            _ => Redirect($"/gestion/plannings/{id}?semaine={Week}&message=conflict"),
        };
    }

    private HashSet<Guid> ActiveStaff() => Staff.Where(s => s.IsActive).Select(s => s.Id).ToHashSet();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadShiftsAsync(id, ct))
        {
            return false;
        }

        RoleFilter = RoleFilter is "Listener" or "Manager" ? RoleFilter : null;
        ContractFilter = ContractFilter is "full" or "part" ? ContractFilter : null;
        Grid = RotaGrid.Build(Rota, Staff, Monday, RoleFilter, ContractFilter);
        Analysis = await insight.AnalyseAsync(Rota, null, ct);
        History = await RotaHistoryView.LoadAsync(db, id, ct);
        ShortNotice = Rota.Status == RotaStatus.Draft ? await ShortNoticeChanges.OfPublishingAsync(db, notice, Rota, ct) : [];
        return true;
    }

    /// <summary>The rota and the staff with their contracts and absences, without the grid and the analysis (the CSV needs no more).</summary>
    private async Task<bool> LoadShiftsAsync(Guid id, CancellationToken ct)
    {
        var rota = await db.Rotas.Include(r => r.Assignments).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rota is null)
        {
            return false;
        }

        Rota = rota;
        Week = Math.Clamp(Week, 0, Math.Max(0, WeekCount - 1));
        Staff = await db.Staff.Include(s => s.Contracts).Include(s => s.Absences).AsSplitQuery().AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        return true;
    }
}
