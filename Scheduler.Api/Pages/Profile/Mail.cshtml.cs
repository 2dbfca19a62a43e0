using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;

namespace Scheduler.Api.Pages.Profile;

/// <summary>
/// A quality lead or manager chooses the optional e-mails they receive (<see cref="MailChoices"/>); the alert and report
/// e-mails link here. The same choice as <c>PUT /api/me/mail</c>.
/// </summary>
public sealed class MailModel(UserManager<SchedulerUser> users, MailOutbox outbox) : PageModel
{
    [BindProperty]
    public bool QualityAlerts { get; set; }

    [BindProperty]
    public bool WeeklyReport { get; set; }

    [BindProperty]
    public bool Requests { get; set; }

    /// <summary>Only managers answer requests, so only they are offered that e-mail.</summary>
    public bool IsManager => User.IsInRole(Roles.Manager);

    [BindProperty(SupportsGet = true, Name = "enregistre")]
    public bool Saved { get; set; }

    /// <summary>Whether this service sends e-mail at all; when not, the page says the choices wait for it.</summary>
    public bool MailEnabled => outbox.Enabled;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        (QualityAlerts, WeeklyReport, Requests) = MailChoices.Of(user);
        return Page();
    }

    /// <summary>An unticked box is not posted, so it reads false: that is the choice "no".</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        new MailChoices(QualityAlerts, WeeklyReport, IsManager ? Requests : !user.RequestMailOff).ApplyTo(user);
        await users.UpdateAsync(user);
        return Redirect(MailChoices.PagePath + "?enregistre=true");
    }
}
