using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Scheduler.Api.Auth;

namespace Scheduler.Api.Web;

/// <summary>
/// The web pages: Razor Pages under /Pages, signed in with the Identity cookie (a page challenge redirects to the sign-in
/// page, unlike the API's 401), French by default with English on request, friendly HTML errors for page requests only.
/// </summary>
public static class PagesSetup
{
    public const string SignedIn = "Pages.SignedIn";
    public const string ManagerPages = "Pages.Manager";
    public const string ListenerPages = "Pages.Listener";
    public const string QualityPages = "Pages.QualityLead";

    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Call before the API's exception handler is registered: handlers are tried in registration order.</summary>
    public static IServiceCollection AddSchedulerPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", SignedIn);
            o.Conventions.AuthorizeFolder("/Manager", ManagerPages);
            o.Conventions.AuthorizeFolder("/Listener", ListenerPages);
            o.Conventions.AuthorizeFolder("/Quality", QualityPages);
            o.Conventions.AuthorizePage("/Profile/Mail", QualityPages);
            o.Conventions.AllowAnonymousToFolder("/Account");
        });
        // French text stays readable in the HTML source (Razor would otherwise write "é" as "&#xE9;").
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAuthorization(o =>
        {
            o.AddPolicy(SignedIn, CookiePolicy());
            o.AddPolicy(ManagerPages, CookiePolicy(Roles.Manager));
            // "Mes horaires" is for everyone the rota plans: managers take turns on duty too.
            o.AddPolicy(ListenerPages, CookiePolicy(Roles.Listener, Roles.Manager));
            o.AddPolicy(QualityPages, CookiePolicy(Roles.QualityLead, Roles.Manager));
        });
        // After Identity's own cookie set-up (which points at /Account/Login), whatever the registration order.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            o.LoginPath = "/connexion";
            o.LogoutPath = "/deconnexion";
            o.AccessDeniedPath = "/acces-refuse";
        });
        services.AddScoped(_ => UiText.For(CultureInfo.CurrentUICulture));
        services.AddExceptionHandler<PageExceptionHandler>();
        return services;
    }

    /// <summary>Language and HTML status pages for page requests (the API keeps its problem details), and the stylesheet.</summary>
    public static WebApplication UseSchedulerPages(this WebApplication app)
    {
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(French),
            SupportedCultures = [French, English],
            SupportedUICultures = [French, English],
        };
        // French unless the person chose English: the browser's own language is not asked (a shared call-centre PC
        // set to English must still show French).
        localization.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        app.UseWhen(IsPageRequest, branch =>
        {
            branch.UseRequestLocalization(localization);
            branch.UseStatusCodePages(context => ErrorPageWriter.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        });
        app.UseStaticFiles();
        return app;
    }

    /// <summary>Everything that is not the API, the calendar feed, health or the API docs.</summary>
    public static bool IsPageRequest(HttpContext context)
    {
        var path = context.Request.Path;
        return !(path.StartsWithSegments("/api") || path.StartsWithSegments("/calendar") || path.StartsWithSegments("/health")
            || path.StartsWithSegments("/docs") || path.StartsWithSegments("/openapi"));
    }

    private static AuthorizationPolicy CookiePolicy(params string[] roles)
    {
        var policy = new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser();
        return (roles.Length > 0 ? policy.RequireRole(roles) : policy).Build();
    }
}
