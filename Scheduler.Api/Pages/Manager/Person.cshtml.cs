using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>One person: contract history, channels, training, absences (a manager adds one here) and preferences.</summary>
public sealed class PersonModel(SchedulerDbContext db, UiText text) : PageModel
{
    public StaffEntity Person { get; private set; } = null!;

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public AbsenceKind Kind { get; set; } = AbsenceKind.Leave;

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty(SupportsGet = true, Name = "ajoute")]
    public bool Added { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var (from, to) = DateRange.Read(From, To, text, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Availability.AddAbsenceAsync(db, id, new AbsenceRequest(from, to, Kind, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim()), selfService: false, "", ct);
        if (result.Result is ValidationProblem)
        {
            // Dates that parse but lie outside the range the service accepts.
            ModelState.AddModelError(nameof(From), text.FieldDate);
            return Page();
        }

        return Redirect($"/gestion/equipe/{id}?ajoute=true");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var person = await db.Staff.Include(s => s.Contracts).Include(s => s.Skills).Include(s => s.Absences).Include(s => s.Preferences)
            .AsSplitQuery().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        Person = person!;
        return person is not null;
    }
}
