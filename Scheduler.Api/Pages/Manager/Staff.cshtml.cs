using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;

namespace Scheduler.Api.Pages.Manager;

/// <summary>Everyone on the platform, active first, with the contract in force today; a manager deactivates a person here.</summary>
public sealed class StaffModel(SchedulerDbContext db, IClock clock) : PageModel
{
    public IReadOnlyList<StaffResponse> People { get; private set; } = [];

    public LocalDate Today => clock.Today();

    /// <summary>The person just added on the "Ajouter une personne" page.</summary>
    [BindProperty(SupportsGet = true, Name = "ajoute")]
    public Guid? Added { get; set; }

    /// <summary>The person just deactivated.</summary>
    [BindProperty(SupportsGet = true, Name = "desactive")]
    public Guid? Deactivated { get; set; }

    /// <summary>The person just reactivated.</summary>
    [BindProperty(SupportsGet = true, Name = "reactive")]
    public Guid? Reactivated { get; set; }

    /// <summary>The manager's own record, which they tried to deactivate (nothing changed).</summary>
    [BindProperty(SupportsGet = true, Name = "soi")]
    public Guid? Self { get; set; }

    /// <summary>Shifts of the person just deactivated in published rotas from today on: the weeks to re-plan.</summary>
    public int ShiftsLeft { get; private set; }

    /// <summary>The person someone else saved while this page deactivated them (nothing changed).</summary>
    [BindProperty(SupportsGet = true, Name = "conflit")]
    public Guid? Conflict { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var staff = await StaffEndpoints.Query(db).AsNoTracking().ToListAsync(ct);
        People = [.. staff.OrderByDescending(s => s.IsActive).ThenBy(s => s.Role).ThenBy(s => s.Name, StringComparer.CurrentCulture).Select(s => StaffResponse.From(s, today))];
        if (Deactivated is { } gone)
        {
            // Published rotas keep a person who leaves: the floor then counts on someone absent until the weeks are re-planned.
            ShiftsLeft = await db.Assignments.Where(a => a.StaffId == gone && a.Date >= today)
                .OnPublishedRotas(db.Rotas)
                .CountAsync(ct);
        }
    }

    /// <summary>"Désactiver": the API's deactivation (nobody is deleted, past rotas keep their people).</summary>
    public async Task<IActionResult> OnPostDeactivateAsync(Guid staffId, CancellationToken ct) =>
        Done((await StaffEndpoints.DeactivateAsync(staffId, User, db, clock, ct)).Result, staffId, "desactive");

    /// <summary>"Réactiver": the API's undoing of a deactivation.</summary>
    public async Task<IActionResult> OnPostReactivateAsync(Guid staffId, CancellationToken ct) =>
        Done((await StaffEndpoints.ReactivateAsync(staffId, db, clock, ct)).Result, staffId, "reactive");

    private IActionResult Done(IResult result, Guid staffId, string done) => result switch
    {
        Microsoft.AspNetCore.Http.HttpResults.NotFound => NotFound(),
        Ok<StaffResponse> => Redirect($"/gestion/equipe?{done}={staffId}"),
        ProblemHttpResult { ProblemDetails.Title: "Self" } => Redirect($"/gestion/equipe?soi={staffId}"),
        _ => Redirect($"/gestion/equipe?conflit={staffId}"),
    };

    /// <summary>The name of <paramref name="id"/> among the people listed, or null.</summary>
    public string? NameOf(Guid? id) => People.FirstOrDefault(p => p.Id == id)?.Name;
}
