using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Time;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Quality;

/// <summary>
/// The quality lead's dashboard: service level, abandonment and speed of answer over time and per half-hour against
/// target (from <see cref="IQualityDashboardSource"/> when the call-data service registers one), training compliance
/// from the staff records, and a CSV export of each table.
/// </summary>
public sealed class IndexModel(SchedulerDbContext db, IServiceProvider services, IClock clock, UiText text) : PageModel
{
    /// <summary>A qualification ending within this many days is flagged as expiring (the training job's default).</summary>
    public const int ExpiringDays = 30;

    private readonly IQualityDashboardSource? _source = services.GetService<IQualityDashboardSource>();

    [BindProperty(SupportsGet = true, Name = "periode")]
    public QualityRange Range { get; set; } = QualityRange.Last7Days;

    public bool HasSource => _source is not null;

    public QualityDashboard? Dashboard { get; private set; }

    public IReadOnlyList<TrainingRow> Training { get; private set; } = [];

    public LocalDate Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

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
        }

        var staff = await db.Staff.Include(s => s.Skills).Where(s => s.IsActive).AsNoTracking().OrderBy(s => s.Role).ThenBy(s => s.Name).ToListAsync(ct);
        Training = [.. staff.Select(s => new TrainingRow(s.Name, s.Role, s.IsTrained, s.QualifiedUntil, [.. s.Skills.Select(k => k.Channel)], StateOf(s.IsTrained, s.QualifiedUntil)))];
    }

    private TrainingState StateOf(bool trained, LocalDate? until) =>
        !trained ? TrainingState.NotTrained
        : until is { } u && u < Today ? TrainingState.Expired
        : until is { } v && v <= Today.PlusDays(ExpiringDays) ? TrainingState.Expiring
        : TrainingState.UpToDate;
}

public enum TrainingState
{
    UpToDate,
    Expiring,
    Expired,
    NotTrained,
}

public sealed record TrainingRow(string Name, StaffRole Role, bool IsTrained, LocalDate? QualifiedUntil, IReadOnlyList<string> Channels, TrainingState State);
