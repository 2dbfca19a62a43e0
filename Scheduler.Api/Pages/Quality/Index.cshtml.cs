using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Time;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Quality;

/// <summary>
/// The quality lead's dashboard: service level, abandonment and speed of answer over time and per half-hour against
/// target (from <see cref="IQualityDashboardSource"/> when the call-data service registers one), training compliance
/// from the staff records, a CSV export of each table, and the quality alerts still to handle (acknowledged here).
/// </summary>
public sealed class IndexModel(SchedulerDbContext db, IServiceProvider services, IClock clock, UiText text) : PageModel
{
    /// <summary>A qualification ending within this many days is flagged as expiring (the training job's default).</summary>
    public const int ExpiringDays = TrainingStates.ExpiringDays;

    private readonly IQualityDashboardSource? _source = services.GetService<IQualityDashboardSource>();

    [BindProperty(SupportsGet = true, Name = "periode")]
    public QualityRange Range { get; set; } = QualityRange.Last7Days;

    public bool HasSource => _source is not null;

    public QualityDashboard? Dashboard { get; private set; }

    /// <summary>When the latest call stored was offered (<see cref="CallFreshness"/>); null before any import.</summary>
    public Instant? LatestCall { get; private set; }

    /// <summary>Callers' patience over the last four weeks of phone calls (<see cref="RecentCallerPatience"/>); null before any import.</summary>
    public PatienceReading? Patience { get; private set; }

    public IReadOnlyList<TrainingRow> Training { get; private set; } = [];

    public LocalDate Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "message")]
    public string? Message { get; set; }

    /// <summary>Alerts nobody has acknowledged yet, newest first (at most <see cref="AlertsShown"/>).</summary>
    public IReadOnlyList<AlertEntity> OpenAlerts { get; private set; } = [];

    /// <summary>All the alerts still open, shown or not.</summary>
    public int OpenAlertCount { get; private set; }

    /// <summary>The last acknowledged alerts, with who acknowledged them and when.</summary>
    public IReadOnlyList<AlertEntity> AcknowledgedAlerts { get; private set; } = [];

    public const int AlertsShown = 50;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>"Acquitter": the alert is seen and handled (the API's acknowledgement: the first one is kept).</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid alertId, CancellationToken ct)
    {
        var result = await AlertEndpoints.AcknowledgeAsync(alertId, HttpContext, db, clock, ct);
        return result.Result is Microsoft.AspNetCore.Http.HttpResults.NotFound
            ? NotFound()
            : Redirect($"/qualite?periode={Range}&message=acknowledged#alertes");
    }

    /// <summary>CSV of one table: "formation" (training compliance), "periode" (over time) or "demi-heures" (per half-hour).</summary>
    public async Task<IActionResult> OnGetCsvAsync(string table, CancellationToken ct)
    {
        await LoadAsync(ct);
        var csv = table switch
        {
            "formation" => QualityCsv.Training(Training, text),
            "periode" => QualityCsv.Points(Dashboard?.OverTime ?? [], text),
            "demi-heures" => QualityCsv.Points(Dashboard?.PerHalfHour ?? [], text),
            _ => null,
        };
        if (csv is null)
        {
            return NotFound();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"3133-{table}-{Today:yyyy-MM-dd}.csv");
        return File(csv.ToBytes(), CsvTable.ContentType, name);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = clock.Today();
        if (_source is not null)
        {
            Dashboard = await _source.GetAsync(Range, Today, ct);
            LatestCall = await CallFreshness.LatestOfferedAsync(db, ct);
            Patience = LatestCall is null ? null : await RecentCallerPatience.ReadAsync(db, clock.GetCurrentInstant(), ct);
        }

        var open = db.Alerts.AsNoTracking().Where(a => a.AcknowledgedAt == null);
        OpenAlertCount = await open.CountAsync(ct);
        OpenAlerts = await open.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Key).Take(AlertsShown).ToListAsync(ct);
        AcknowledgedAlerts = await db.Alerts.AsNoTracking().Where(a => a.AcknowledgedAt != null)
            .OrderByDescending(a => a.AcknowledgedAt).ThenBy(a => a.Key).Take(AlertsShown).ToListAsync(ct);
        var staff = await db.Staff.Include(s => s.Skills).Where(s => s.IsActive).AsNoTracking().OrderBy(s => s.Role).ThenBy(s => s.Name).ToListAsync(ct);
        Training = [.. staff.Select(s => new TrainingRow(s.Name, s.Role, s.IsTrained, s.QualifiedUntil, [.. s.Skills.Select(k => k.Channel)], TrainingStates.Of(s.IsTrained, s.QualifiedUntil, Today)))];
    }

}

public enum TrainingState
{
    UpToDate,
    Expiring,
    Expired,
    NotTrained,
}

public sealed record TrainingRow(string Name, StaffRole Role, bool IsTrained, LocalDate? QualifiedUntil, IReadOnlyList<string> Channels, TrainingState State);
