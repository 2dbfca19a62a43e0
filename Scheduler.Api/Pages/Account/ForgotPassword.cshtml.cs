using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Scheduler.Api.Auth;
using Scheduler.Api.Features.Accounts;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Account;

/// <summary>
/// "Mot de passe oublié": the person types their address and the link to choose a new password goes there
/// (<see cref="PasswordResets"/>, after the answer: <see cref="PasswordResetRequests"/>). The page answers the same, and as
/// fast, whether or not the address has an account. Without e-mail
/// it says to ask a manager, as the sign-in page does.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class ForgotPasswordModel(PasswordResets resets, PasswordResetRequests queue, UiText text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Available => resets.Available;

    /// <summary>The address the link went to, if it has an account; null before the form is sent.</summary>
    public string? SentTo { get; private set; }

    public int LinkDays => (int)AccountInvitations.LinkLifetime.TotalDays;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!resets.Available)
        {
            return Page();
        }

        if (!EmailAddress.LooksLikeOne(Email))
        {
            ModelState.AddModelError(nameof(Email), text.ForgotEmailInvalid);
            return Page();
        }

        SentTo = Email!.Trim();
        queue.Add(SentTo);
        return Page();
    }
}
