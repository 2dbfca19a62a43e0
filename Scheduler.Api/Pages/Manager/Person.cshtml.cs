using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Auth;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Accounts;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Features.Requests;
using Scheduler.Api.Features.Staff;
using Scheduler.Api.Time;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// One person: contract history (a manager starts a new contract here), channels, training (a manager records a finished
/// module here: see <see cref="PersonTraining"/>), absences (a manager adds one here), preferences, and the sign-in
/// account (a manager creates it or asks a new activation link: see <see cref="AccountInvitations"/>). Each form runs the
/// API's own code, so the page and the API keep one set of rules.
/// </summary>
public sealed class PersonModel(
    SchedulerDbContext db, PersonTraining training, AccountInvitations accounts, MailOutbox mail, IClock clock, UiText text, IConfiguration configuration) : PageModel
{
    public StaffEntity Person { get; private set; } = null!;

    /// <summary>The listener's modules, finished modules and qualification; null for a manager (training is the listeners').</summary>
    public PersonTraining.View? Training { get; private set; }

    public LocalDate Today => clock.Today();

    /// <summary>The person's sign-in account; null when none is linked.</summary>
    public AccountResponse? Account { get; private set; }

    /// <summary>The activation link just made, shown once for the manager to hand over.</summary>
    public string? ActivationUrl { get; private set; }

    /// <summary>True when the link just made was also e-mailed to the account's address.</summary>
    public bool ActivationEmailed { get; private set; }

    /// <summary>Whether e-mail is on, so the page says the link is sent rather than only to hand over.</summary>
    public bool MailOn => mail.Enabled;

    [BindProperty]
    public string? AccountEmail { get; set; }

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public AbsenceKind Kind { get; set; } = AbsenceKind.Leave;

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? ContractFrom { get; set; }

    [BindProperty]
    public string? ContractHours { get; set; }

    [BindProperty]
    public string? ContractExtraHours { get; set; }

    [BindProperty]
    public string? TrainingModule { get; set; }

    [BindProperty]
    public string? TrainingDate { get; set; }

    [BindProperty(SupportsGet = true, Name = "ajoute")]
    public bool Added { get; set; }

    /// <summary>The absence just added, whose published shifts the page lists as the weeks to re-plan.</summary>
    [BindProperty(SupportsGet = true, Name = "absence")]
    public Guid? NewAbsence { get; set; }

    /// <summary>Published rotas holding shifts of the person during <see cref="NewAbsence"/>, with how many: the sick call's re-plan.</summary>
    public IReadOnlyList<ShiftsToReplan> ToReplan { get; private set; } = [];

    /// <summary>The person's coming published shifts and this month's hours.</summary>
    public PersonSchedule? Schedule { get; private set; }

    /// <summary>What the last form saved: "contrat" or "formation".</summary>
    [BindProperty(SupportsGet = true, Name = "enregistre")]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Person.Absences.FirstOrDefault(a => a.Id == NewAbsence) is { } absence)
        {
            ToReplan = await ShiftsToReplan.DuringAsync(db, id, absence.From, absence.To, ct);
        }

        return Page();
    }

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

        return Redirect($"/gestion/equipe/{id}?ajoute=true&absence={((Created<AbsenceResponse>)result.Result).Value!.Id}");
    }

    /// <summary>"Nouveau contrat": the API's contract change (the contract in force ends the day before).</summary>
    /// <summary>
    /// Removes one of the person's absences (a wrong date, a sickness that ended early) through the API's code; a rota
    /// already published keeps its shifts: re-plan it to use the freed days.
    /// </summary>
    public async Task<IActionResult> OnPostRemoveAbsenceAsync(Guid id, Guid absenceId, [FromServices] TimeOffCancellation cancellation, CancellationToken ct)
    {
        var result = await Availability.DeleteAbsenceAsync(db, cancellation, User, id, absenceId, selfService: false, ct);
        return result.Result is NoContent ? Redirect($"/gestion/equipe/{id}?enregistre=absence-supprimee") : NotFound();
    }

    public async Task<IActionResult> OnPostContractAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var from = Show.ParseDate(ContractFrom);
        var hours = Show.ParseHours(ContractHours);
        var extra = string.IsNullOrWhiteSpace(ContractExtraHours) ? 0 : Show.ParseHours(ContractExtraHours);
        AddErrorIf(from is null, nameof(ContractFrom), text.FieldDate);
        AddErrorIf(hours is null || !WeeklyHoursAllowed(hours), nameof(ContractHours), text.FieldWeeklyHours);
        AddErrorIf(extra is null, nameof(ContractExtraHours), text.FieldExtraHours);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new ContractRequest(from, hours, (int)Math.Round(extra!.Value * 60));
        var result = await StaffDetailsEndpoints.AddContractAsync(id, request, db, clock, ct);
        switch (result.Result)
        {
            case ValidationProblem problem:
                ModelState.AddApiErrors(problem.ProblemDetails.Errors.Keys, field => field switch
                {
                    "validFrom" => (nameof(ContractFrom), text.FieldDate),
                    "weeklyHours" => (nameof(ContractHours), text.FieldWeeklyHours),
                    "extraMinutesAllowed" => (nameof(ContractExtraHours), text.FieldExtraHours),
                    _ => null,
                });
                return Page();
            case ProblemHttpResult:
                // Someone changed the person meanwhile (the version check): show the page as it is now.
                ModelState.AddModelError(nameof(ContractFrom), text.RecordChangedMeanwhile);
                await LoadAsync(id, ct);
                return Page();
            default:
                return Redirect($"/gestion/equipe/{id}?enregistre=contrat");
        }
    }

    /// <summary>"Formation suivie": the API's completion, then the listener's qualification computed again at once.</summary>
    public async Task<IActionResult> OnPostTrainingAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Training is null)
        {
            return NotFound();
        }

        var completedOn = Show.ParseDate(TrainingDate);
        AddErrorIf(completedOn is null, nameof(TrainingDate), text.FieldDate);
        AddErrorIf(!Training.Modules.Any(m => m.Id == TrainingModule), nameof(TrainingModule), text.FieldChoose);
        AddErrorIf(completedOn > clock.Today(), nameof(TrainingDate), text.FieldNotInTheFuture);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await training.RecordAsync(id, TrainingModule!, completedOn!.Value, ct);
        if (result is ValidationProblem problem)
        {
            ModelState.AddApiErrors(problem.ProblemDetails.Errors.Keys, field => field switch
            {
                "completedOn" => (nameof(TrainingDate), text.FieldDate),
                "moduleId" => (nameof(TrainingModule), text.FieldChoose),
                _ => null,
            });
            return Page();
        }

        return Redirect($"/gestion/equipe/{id}?enregistre=formation#formation");
    }

    /// <summary>The API's rule for contract hours, checked before the date is, so both errors show at once.</summary>
    private static bool WeeklyHoursAllowed(decimal? hours)
    {
        var errors = new FieldErrors();
        StaffValidation.CheckWeeklyHours(errors, "weeklyHours", hours);
        return !errors.Any;
    }

    /// <summary>"Créer le compte": the API's account creation, the person's role and record, then the link on the page.</summary>
    public async Task<IActionResult> OnPostAccountAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var role = Person.Role == StaffRole.Listener ? Roles.Listener : Roles.Manager;
        var (invitation, errors) = await accounts.CreateAsync(new AccountRequest(AccountEmail, role, id), AccountEndpoints.BaseUrl(Request), ct);
        if (invitation is null)
        {
            AddErrorIf(errors.Fields.Contains("email"), nameof(AccountEmail), text.FieldAccountEmail);
            AddErrorIf(!errors.Fields.Contains("email"), nameof(AccountEmail), text.FieldAccountStaff);
            return Page();
        }

        (Account, ActivationUrl, ActivationEmailed) = (invitation.Account, invitation.ActivationUrl, invitation.Emailed);
        return Page();
    }

    /// <summary>"Nouveau lien d'activation": a first sign-in or a forgotten password; the old link stops working.</summary>
    public async Task<IActionResult> OnPostAccountLinkAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Account is null)
        {
            return NotFound();
        }

        var (_, invitation) = await accounts.RenewAsync(Account.Id, AccountEndpoints.BaseUrl(Request), ct);
        (Account, ActivationUrl, ActivationEmailed) = (invitation?.Account ?? Account, invitation?.ActivationUrl, invitation?.Emailed ?? false);
        return Page();
    }

    private void AddErrorIf(bool wrong, string field, string message)
    {
        if (wrong)
        {
            ModelState.AddModelError(field, message);
        }
    }


    /// <summary>The absences approved requests recorded: removing one cancels its request and tells the person.</summary>
    public IReadOnlySet<Guid> Granted { get; private set; } = new HashSet<Guid>();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var person = await db.Staff.Include(s => s.Contracts).Include(s => s.Skills).Include(s => s.Absences).Include(s => s.Preferences)
            .AsSplitQuery().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        Person = person!;
        Training = person is { Role: StaffRole.Listener } ? await training.ViewAsync(person, ct) : null;
        Account = person is null ? null : await accounts.OfStaffAsync(person.Id, ct);
        AccountEmail ??= person?.Email;
        Granted = (await db.TimeOffRequests.Where(r => r.StaffId == id && r.Status == RequestStatus.Approved && r.AbsenceId != null).Select(r => r.AbsenceId!.Value).ToListAsync(ct)).ToHashSet();
        Schedule = person is null ? null : await PersonSchedule.LoadAsync(db, configuration, person, Today, ct);
        return person is not null;
    }
}
