using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Demand;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Startup;

/// <summary>
/// First-start data of the 3133 platform: 9 full-time listeners (35 h), 12 part-time (6 × 24 h, 6 × 28 h), 3 managers
/// (35 h), all trained on the phone channel; the default weekly demand (<see cref="DefaultDemand"/>); and three demo accounts whose generated passwords are printed once.
/// Every step checks what exists, so a second start adds nothing and prints no password.
/// </summary>
public sealed class PlatformSeeder(SchedulerDbContext db, UserManager<SchedulerUser> users, RoleManager<IdentityRole> roles, StartupConsole console, IClock clock)
{
    /// <summary>The day the 3133 line opened; the seeded contracts start there.</summary>
    public static readonly LocalDate Opening = new(2026, 3, 1);

    public const string ManagerEmail = "manager@3133.example";
    public const string ListenerEmail = "listener@3133.example";
    public const string QualityLeadEmail = "quality@3133.example";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        if (!await db.Staff.AnyAsync(cancellationToken))
        {
            db.Staff.AddRange(SeedStaff.Create(Opening));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.Demand.AnyAsync(cancellationToken))
        {
            db.Demand.AddRange(DefaultDemand.Rows());
            DemandSource.Record(db, DemandOrigin.Default, clock.GetCurrentInstant(), by: null);
            await db.SaveChangesAsync(cancellationToken);
        }

        var firstManager = await FirstOfRoleAsync(StaffRole.Manager, cancellationToken);
        var firstListener = await FirstOfRoleAsync(StaffRole.Listener, cancellationToken);
        await EnsureAccountAsync(Roles.Manager, ManagerEmail, firstManager);
        await EnsureAccountAsync(Roles.Listener, ListenerEmail, firstListener);
        await EnsureAccountAsync(Roles.QualityLead, QualityLeadEmail, null);
    }

    private Task<Guid?> FirstOfRoleAsync(StaffRole role, CancellationToken cancellationToken) =>
        db.Staff.Where(s => s.Role == role && s.IsActive).OrderBy(s => s.Name).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task EnsureAccountAsync(string role, string email, Guid? staffId)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var password = PasswordGenerator.Generate();
        var user = new SchedulerUser { UserName = email, Email = email, EmailConfirmed = true, StaffId = staffId };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        console.WriteLine($"demo account: {role} {email} {password}");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
