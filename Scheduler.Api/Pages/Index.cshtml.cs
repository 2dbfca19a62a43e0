using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scheduler.Api.Auth;

namespace Scheduler.Api.Pages;

/// <summary>Each role lands on its own home.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(HomeOf(User));

    public static string HomeOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Manager) ? "/gestion"
        : user.IsInRole(Roles.Listener) ? "/mes-horaires"
        : user.IsInRole(Roles.QualityLead) ? "/qualite"
        : "/acces-refuse";
}
