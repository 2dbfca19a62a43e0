using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Accounts;

namespace Scheduler.Api.Auth;

public static class AuthSetup
{
    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    public const int MaxFailedAccessAttempts = 5;

    /// <summary>
    /// Identity on the service's own database: bearer tokens for the API and the Identity cookie for pages, behind one
    /// composite scheme (a request with a bearer token uses it, otherwise the cookie). Everything requires a signed-in
    /// user unless an endpoint says <c>AllowAnonymous</c> (sign-in, health, docs, the calendar feed).
    /// </summary>
    public static IServiceCollection AddSchedulerAuth(this IServiceCollection services)
    {
        services.AddIdentityApiEndpoints<SchedulerUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SchedulerDbContext>()
            .AddSignInManager<UnknownAccountSignIns>();

        services.AddRevokedSignInChecks();

        // Activation links carry a password-reset token: a week gives a new colleague time to open theirs.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = AccountInvitations.LinkLifetime);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Manager, p => p.RequireRole(Roles.Manager))
            .AddPolicy(Policies.Listener, p => p.RequireRole(Roles.Listener))
            .AddPolicy(Policies.OnRota, p => p.RequireRole(Roles.Listener, Roles.Manager))
            .AddPolicy(Policies.ManagerOrQualityLead, p => p.RequireRole(Roles.Manager, Roles.QualityLead));
        return services;
    }
}
