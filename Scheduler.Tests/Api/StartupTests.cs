using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scheduler.Api.Data;
using Scheduler.Api.Startup;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

public sealed class StartupTests
{
    [Fact]
    public async Task FirstStart_EmptyDataFolder_PrintsFolderAndThreeDemoAccountsThatSignIn()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var lines = factory.Output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Contains($"data folder: {factory.DataDirectory}", lines);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, DatabaseSetup.SqliteFileName)));
        Assert.Equal(["Listener", "Manager", "QualityLead"], factory.DemoAccounts.Keys.Order(StringComparer.Ordinal));
        foreach (var (role, (email, password)) in factory.DemoAccounts)
        {
            Assert.Matches($"^demo account: {role} [^ ]+@[^ ]+ [^ ]{{16,}}$", lines.Single(l => l.Contains($" {role} ", StringComparison.Ordinal)));
            using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        Assert.Equal(3, factory.DemoAccounts.Values.Select(a => a.Password).Distinct().Count());
    }

    [Fact]
    public async Task SecondStart_SameDataFolder_KeepsDataAndPrintsNoPassword()
    {
        var folder = Path.Combine(Path.GetTempPath(), "scheduler-tests", Guid.NewGuid().ToString("N"));
        int staffAfterFirst;
        AuthenticationHeaderValue? token;
        using (var first = new ApiFactory(folder, keepData: true))
        {
            using var signedIn = await first.ClientAsync("Manager");
            token = signedIn.DefaultRequestHeaders.Authorization;
            staffAfterFirst = await CountStaffAsync(first);
            Assert.Equal(3, first.DemoAccounts.Count);
        }

        using var second = new ApiFactory(folder);
        using var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = token;

        Assert.Empty(second.DemoAccounts);
        Assert.DoesNotContain("demo account", second.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(staffAfterFirst, await CountStaffAsync(second));
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        using var withOldToken = await client.GetAsync("/api/staff");
        Assert.Equal(HttpStatusCode.OK, withOldToken.StatusCode);
    }

    [Fact]
    public async Task Seed_FirstStart_CreatesThePlatformAsAnnounced()
    {
        using var factory = new ApiFactory();
        factory.CreateClient().Dispose();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();

        var staff = await db.Staff.Include(s => s.Contracts).Include(s => s.Skills).ToListAsync();
        var listenerHours = staff.Where(s => s.Role == StaffRole.Listener).Select(s => s.Contracts.Single().WeeklyMinutes / 60)
            .GroupBy(h => h).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(new Dictionary<int, int> { [35] = 9, [24] = 6, [28] = 6 }, listenerHours);
        Assert.Equal(3, staff.Count(s => s.Role == StaffRole.Manager && s.Contracts.Single().WeeklyMinutes == 35 * 60));
        Assert.All(staff, s => Assert.True(s.IsTrained && s.Skills.Any(k => k.Channel == SeedStaff.Phone)));
        var listenerAccount = await db.Users.SingleAsync(u => u.Email == PlatformSeeder.ListenerEmail);
        Assert.Contains(staff, s => s.Id == listenerAccount.StaffId && s.Role == StaffRole.Listener);
    }

    [Fact]
    public async Task ReadinessCheck_BeforeStartupWork_IsUnhealthy()
    {
        var readiness = new StartupReadiness();
        var check = new StartupReadinessHealthCheck(readiness);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        readiness.MarkReady();
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    private static async Task<int> CountStaffAsync(ApiFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().Staff.CountAsync();
    }
}
