using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Demand;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Time;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// "Générer un planning": a period and a number of weeks go to the rota-solving service through
/// <see cref="IRotaGenerationPages"/>; the run's page shows its progress, refreshed by a small script polling the Status
/// handler (objective, gap, elapsed), with a cancel button. A finished run sums up its draft in a manager's terms (rules
/// broken, half-hours short, predicted service level), and a finished re-plan lists what changed against the published
/// rota. Without that service registered the page says so.
/// </summary>
public sealed class GenerateModel(
    IServiceProvider services, SchedulerDbContext db, RotaInsight insight, IClock clock, NoticePeriod notice, IConfiguration configuration, UiText text) : PageModel
{
    private readonly IRotaGenerationPages? _generation = services.GetService<IRotaGenerationPages>();

    public bool Available => _generation is not null;

    [BindProperty]
    public string? Start { get; set; }

    [BindProperty]
    public int Weeks { get; set; } = 4;

    public RotaGenerationStatus? Status { get; private set; }

    public string? Refusal { get; private set; }

    /// <summary>The finished run's draft as it stands, judged in a manager's terms (rules, cover, predicted service level); null before.</summary>
    public RotaInsight.Analysis? Result { get; private set; }

    /// <summary>Names of the people in a finished re-plan's changes, by id.</summary>
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The re-plan's changes that part-timers are owed more notice for (<see cref="NoticePeriod"/>).</summary>
    public IReadOnlySet<ShiftChange> ShortNotice { get; private set; } = new HashSet<ShiftChange>();

    public int NoticeDays => notice.WorkingDays;

    /// <summary>The reference period of the offered Monday (null when periods are off): the form explains how rotas balance over it.</summary>
    public ReferencePeriod? Period { get; private set; }

    /// <summary>Drafts that already cover the offered Monday, to open rather than generate again.</summary>
    public IReadOnlyList<RotaEntity> Drafts { get; private set; } = [];

    /// <summary>Where the demand a new rota will be planned against came from, so the manager can check it first.</summary>
    public DemandSource? Demand { get; private set; }

    /// <summary>The first Monday from next week on that no published rota covers: the week a manager plans next.</summary>
    private async Task<LocalDate> FirstUnpublishedMondayAsync(CancellationToken ct)
    {
        var monday = Show.Monday(clock.Today()).PlusWeeks(1);
        var published = await db.Rotas.AsNoTracking().Where(r => r.Status == RotaStatus.Published && r.PeriodEnd >= monday)
            .Select(r => new { r.PeriodStart, r.PeriodEnd }).ToListAsync(ct);
        while (published.Any(r => r.PeriodStart <= monday && monday <= r.PeriodEnd))
        {
            monday = monday.PlusWeeks(1);
        }

        return monday;
    }

    public async Task<IActionResult> OnGetAsync(Guid? run, CancellationToken ct)
    {
        if (Start is null)
        {
            var monday = await FirstUnpublishedMondayAsync(ct);
            Start = Show.Date(monday);
            // Begun mid-period, one week, as the service plans week after week (a rota of several weeks works back the
            // period's balance too: see ContractStretches). From a period's first week, the whole period.
            Period = ReferencePeriod.Holding(monday, configuration, Scheduler.Solver.Domain.RuleSettings.Default);
            Weeks = Period is null ? Weeks : monday == Period.Start ? Math.Min(6, Period.Weeks) : 1;
            Drafts = await db.Rotas.AsNoTracking().Where(r => r.Status == RotaStatus.Draft && r.PeriodStart <= monday && r.PeriodEnd >= monday)
                .OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        }

        Demand = await DemandSource.CurrentAsync(db, ct);
        if (run is { } id && _generation is not null)
        {
            Status = await _generation.GetStatusAsync(id, ct);
            if (Status?.Changes is { Count: > 0 } changes)
            {
                var ids = changes.Select(c => c.StaffId).Distinct().ToList();
                Names = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
                ShortNotice = (await ShortNoticeChanges.PartTimeAsync(db, [.. changes.Where(c => notice.IsShort(c.Date))], ct)).ToHashSet();
            }

            if (Status is { IsFinished: true, RotaId: { } rotaId }
                && await db.Rotas.Include(r => r.Assignments).AsNoTracking().FirstOrDefaultAsync(r => r.Id == rotaId, ct) is { } rota)
            {
                Result = await insight.AnalyseAsync(rota, null, ct);
            }

            return Status is null ? NotFound() : Page();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var start = Show.ParseDate(Start);
        if (start is null)
        {
            ModelState.AddModelError(nameof(Start), text.FieldDate);
        }
        else if (start.Value.DayOfWeek != IsoDayOfWeek.Monday)
        {
            ModelState.AddModelError(nameof(Start), text.FieldMonday);
        }

        if (Weeks is < 1 or > 6)
        {
            ModelState.AddModelError(nameof(Weeks), text.FieldWeeks);
        }

        if (!ModelState.IsValid || _generation is null)
        {
            Demand = await DemandSource.CurrentAsync(db, ct);
            return Page();
        }

        var started = await _generation.StartAsync(start!.Value, Weeks, User.Identity?.Name ?? "unknown", ct);
        if (started.RunId is { } runId)
        {
            return Redirect($"/gestion/generer/{runId}");
        }

        Refusal = started.Refusal;
        Demand = await DemandSource.CurrentAsync(db, ct);
        return Page();
    }

    /// <summary>The progress as JSON for the page's script (the same figures the page shows without script).</summary>
    public async Task<IActionResult> OnGetStatusAsync(Guid run, CancellationToken ct)
    {
        if (_generation is null || await _generation.GetStatusAsync(run, ct) is not { } status)
        {
            return NotFound();
        }

        return new JsonResult(new
        {
            state = text.GenerationStateName(status.State),
            finished = status.IsFinished,
            objective = status.Objective is { } o ? Show.Number(o, 0) : "–",
            gap = status.Gap is { } g ? Show.Number(g * 100, 1) + " %" : "–",
            elapsed = Show.Number(status.Elapsed.TotalSeconds, 0) + " s",
            rotaUrl = status.RotaId is { } rotaId ? $"/gestion/plannings/{rotaId}" : null,
            error = status.Error,
            replan = status.ReferenceRotaId is not null,
        });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid run, CancellationToken ct)
    {
        if (_generation is not null)
        {
            await _generation.CancelAsync(run, ct);
        }

        return Redirect($"/gestion/generer/{run}");
    }
}
