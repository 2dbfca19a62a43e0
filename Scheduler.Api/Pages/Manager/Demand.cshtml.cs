using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Demand;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// The forecast demand as a heat map: the stored weekly profile (rows without a date), or, while none is stored, the
/// default 3133 profile the rota is then planned against; a button forecasts it again from the line's own calls.
/// </summary>
public sealed class DemandModel(SchedulerDbContext db, IClock clock) : PageModel
{
    public DemandHeatMap Map { get; private set; } = null!;

    /// <summary>What the last refresh from the calls said: "weeks:calls" when it replaced the profile, "none" when it could not.</summary>
    [BindProperty(SupportsGet = true, Name = "message")]
    public string? Message { get; set; }

    /// <summary>"Recalculer depuis les appels": the API's forecast from the stored calls, then the page again with what it did.</summary>
    public async Task<IActionResult> OnPostForecastAsync(CancellationToken ct)
    {
        var refresh = await DemandFromCalls.ReplaceAsync(db, clock, User.Identity?.Name, ct);
        return Redirect(refresh.Replaced ? $"/gestion/demande?message={refresh.WeeksUsed.Count}:{refresh.Calls}" : "/gestion/demande?message=none");
    }

    /// <summary>True when no weekly demand is stored and the default profile is shown.</summary>
    public bool FromDefault { get; private set; }

    /// <summary>Where the weekly demand came from and whether Monday's forecast replaces it.</summary>
    public DemandSource Source { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Source = await DemandSource.CurrentAsync(db, ct);
        var weekly = await db.Demand.AsNoTracking().Where(d => d.Date == null).ToListAsync(ct);
        FromDefault = weekly.Count == 0;
        Map = DemandHeatMap.Build(FromDefault ? DefaultDemand.Rows() : weekly);
    }
}
