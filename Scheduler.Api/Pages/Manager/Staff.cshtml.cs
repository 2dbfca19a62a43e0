using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;

namespace Scheduler.Api.Pages.Manager;

/// <summary>Everyone on the platform, active first, with the contract in force today.</summary>
public sealed class StaffModel(SchedulerDbContext db, IClock clock) : PageModel
{
    public IReadOnlyList<StaffResponse> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var staff = await StaffEndpoints.Query(db).AsNoTracking().ToListAsync(ct);
        People = [.. staff.OrderByDescending(s => s.IsActive).ThenBy(s => s.Role).ThenBy(s => s.Name, StringComparer.CurrentCulture).Select(s => StaffResponse.From(s, today))];
    }
}
