using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Accounts;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Manager;

/// <summary>
/// Who can sign in: every account with its role, person and state; a manager makes a quality lead's account here (the
/// others are made on the person's page) and a new activation link for any account (<see cref="AccountInvitations"/>);
/// when e-mail is on, the messages that could not be sent, so a manager knows to hand a link over by hand.
/// </summary>
public sealed class AccountsModel(AccountInvitations accounts, MailOutbox mail, SchedulerDbContext db, UiText text) : PageModel
{
    public IReadOnlyList<AccountResponse> Accounts { get; private set; } = [];

    /// <summary>E-mails that failed and wait for another attempt, or were given up (see <see cref="MailOutbox.UndeliveredAsync"/>).</summary>
    public IReadOnlyList<UndeliveredMail> UndeliveredMail { get; private set; } = [];

    public bool MailOn => mail.Enabled;

    public string MailServer => mail.Server;

    /// <summary>The activation link just made, and whose it is, shown once for the manager to hand over.</summary>
    public AccountInvitation? Invitation { get; private set; }

    [BindProperty]
    public string? LeadEmail { get; set; }

    public string? MyAccountId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task OnGetAsync(CancellationToken ct) => await ListAsync(ct);

    /// <summary>"Créer le compte" of a quality lead: no staff record, the link on the page.</summary>
    public async Task<IActionResult> OnPostLeadAsync(CancellationToken ct)
    {
        var (invitation, errors) = await accounts.CreateAsync(new AccountRequest(LeadEmail, Roles.QualityLead, null), AccountEndpoints.BaseUrl(Request), ct);
        if (invitation is null && errors.Fields.Contains("email"))
        {
            ModelState.AddModelError(nameof(LeadEmail), text.FieldAccountEmail);
        }

        Invitation = invitation;
        await ListAsync(ct);
        return Page();
    }

    /// <summary>"Fermer" or "Rouvrir" one account: the API's code, the manager's own refused.</summary>
    public async Task<IActionResult> OnPostCloseAsync(string userId, bool closed) =>
        (await AccountEndpoints.SetClosedAsync(userId, closed, User, accounts)).Result switch
        {
            Microsoft.AspNetCore.Http.HttpResults.NotFound => NotFound(),
            ProblemHttpResult { ProblemDetails.Title: "StaffInactive" } => Redirect("/gestion/comptes?erreur=inactif"),
            _ => Redirect("/gestion/comptes"),
        };

    /// <summary>"M'envoyer un e-mail d'essai": queued to the manager's own address, sent by the next run of the job.</summary>
    public async Task<IActionResult> OnPostTestMailAsync(CancellationToken ct)
    {
        if (!mail.Enabled || MyEmail is not { Length: > 0 } email)
        {
            return Redirect("/gestion/comptes");
        }

        mail.Queue(MailKind.Test, email, MailTexts.Test(mail.Server, mail.PublicUrl + "/gestion/comptes"));
        await db.SaveChangesAsync(ct);
        return Redirect("/gestion/comptes?essai=true#e-mail");
    }

    /// <summary>Set after the test button: the message is on its way.</summary>
    [BindProperty(SupportsGet = true, Name = "essai")]
    public bool TestQueued { get; set; }

    /// <summary>The manager's own address, where the test e-mail goes.</summary>
    public string? MyEmail => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name;

    /// <summary>When a message last reached the SMTP server (e-mail on only).</summary>
    public Instant? LastSent { get; private set; }

    /// <summary>"inactif" after a reopening refused because the person is inactive.</summary>
    [BindProperty(SupportsGet = true, Name = "erreur")]
    public string? Error { get; set; }

    /// <summary>"Nouveau lien d'activation" for one account: the old link stops working.</summary>
    public async Task<IActionResult> OnPostLinkAsync(string userId, CancellationToken ct)
    {
        var (found, invitation) = await accounts.RenewAsync(userId, AccountEndpoints.BaseUrl(Request), ct);
        if (!found)
        {
            return NotFound();
        }

        Invitation = invitation;
        await ListAsync(ct);
        return Page();
    }

    private async Task ListAsync(CancellationToken ct)
    {
        Accounts = await accounts.ListAsync(ct);
        UndeliveredMail = await mail.UndeliveredAsync(ct);
        LastSent = mail.Enabled ? await mail.LastSentAsync(ct) : null;
    }
}
