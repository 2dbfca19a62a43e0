using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Accounts;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Account;

/// <summary>Cookie sign-in through Identity's SignInManager (lockout counts failures, as for the API).</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LoginModel(SignInManager<SchedulerUser> signIn, PasswordResets resets, UiText text) : PageModel
{
    /// <summary>Whether a forgotten password can be reset here (e-mail on); otherwise the page says to ask a manager.</summary>
    public bool CanResetPassword => resets.Available;

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>Arriving from the activation page, the account just activated.</summary>
    [BindProperty(SupportsGet = true, Name = "active")]
    public bool Activated { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = text.SignInMissing;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = result.IsLockedOut ? text.SignInLockedOut : text.SignInFailed;
        return Page();
    }
}
