using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Scheduler.Api.Auth;
using Scheduler.Api.Features.Accounts;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Account;

/// <summary>
/// The page an activation link opens: the person chooses their password (<see cref="AccountInvitations.ActivateAsync"/>),
/// then signs in. A used, expired or replaced link says so and asks for a new one.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class ActivateModel(AccountInvitations accounts, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public bool LinkInvalid { get; private set; }

    public void OnGet() => LinkInvalid = string.IsNullOrWhiteSpace(Email) || string.IsNullOrWhiteSpace(Code);

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrWhiteSpace(Code))
        {
            LinkInvalid = true;
            return Page();
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), text.PasswordRules);
        }
        else if (Password != Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), text.PasswordsDiffer);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.ActivateAsync(Email, Code, Password!);
        if (result.Succeeded)
        {
            return Redirect("/connexion?active=true");
        }

        // The token is Identity's; any other error is about the password the person chose.
        if (result.Errors.Any(e => e.Code == nameof(Microsoft.AspNetCore.Identity.IdentityErrorDescriber.InvalidToken)))
        {
            LinkInvalid = true;
        }
        else
        {
            ModelState.AddModelError(nameof(Password), text.PasswordRules);
        }

        return Page();
    }
}
