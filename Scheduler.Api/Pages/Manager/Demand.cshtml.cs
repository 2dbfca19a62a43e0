using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Demand;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// The forecast demand as a heat map: the stored weekly profile (rows without a date), or, while none is stored, the
/// default 3133 profile the rota is then planned against.
/// </summary>
public sealed class DemandModel(SchedulerDbContext db) : PageModel
{
    public DemandHeatMap Map { get; private set; } = null!;

    /// <summary>True when no weekly demand is stored and the default profile is shown.</summary>
    public bool FromDefault { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var weekly = await db.Demand.AsNoTracking().Where(d => d.Date == null).ToListAsync(ct);
        FromDefault = weekly.Count == 0;
        Map = DemandHeatMap.Build(FromDefault ? DefaultDemand.Rows() : weekly);
    }
}
