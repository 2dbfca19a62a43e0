using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Web;

namespace Scheduler.Api.Pages.Profile;

/// <summary>
/// Anyone signed in changes their own password (the current one, then the new one twice). Identity's new security stamp
/// signs out the account's other sessions; this one is signed in again at once.
/// </summary>
public sealed class PasswordModel(UserManager<SchedulerUser> users, SignInManager<SchedulerUser> signIn, UiText text) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    [BindProperty(SupportsGet = true, Name = "change")]
    public bool Changed { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(Current))
        {
            ModelState.AddModelError(nameof(Current), text.CurrentPasswordWrong);
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

        var result = await users.ChangePasswordAsync(user, Current!, Password!);
        if (!result.Succeeded)
        {
            var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            ModelState.AddModelError(wrongCurrent ? nameof(Current) : nameof(Password), wrongCurrent ? text.CurrentPasswordWrong : text.PasswordRules);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        return Redirect("/compte/mot-de-passe?change=true");
    }
}
