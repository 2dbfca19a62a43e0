using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

/// <summary>The service with a checker that reports one daily-rest violation per rota, to exercise the override path of publishing.</summary>
public sealed class ViolatingCheckerFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IRotaChecker, OneViolationChecker>());
    }

    private sealed class OneViolationChecker : IRotaChecker
    {
        public Task<IReadOnlyList<RotaViolation>> CheckAsync(RotaEntity rota, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<RotaViolation>>([new RotaViolation(RuleNames.DailyRest, "Less than 11 h between two shifts.", rota.Assignments[0].StaffId, rota.PeriodStart)]);
    }
}

public sealed class PublishOverrideTests(ViolatingCheckerFactory factory) : IClassFixture<ViolatingCheckerFactory>
{
    [Fact]
    public async Task Publish_ViolationsWithoutReason_Answers400NamingOverrideReasonAndListingTheRule()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2026-11-30", RotaApi.Shift(me, "2026-11-30", "09:00", "17:00"));

        using var response = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota), overrideReason: null);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("overrideReason", out _));
        Assert.Equal(RuleNames.DailyRest, body.GetProperty("violations")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Publish_ViolationsWithReason_PublishesAndAuditsTheReason()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2026-12-07", RotaApi.Shift(me, "2026-12-07", "09:00", "17:00"));

        using var response = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota), "Two listeners off sick; agreed with the team.");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var key = RotaApi.RotaId(rota).ToString();
        var audit = await db.AuditLog.SingleAsync(a => a.EntityKey == key && a.Action == "Published");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Two listeners off sick; agreed with the team.", audit.Reason);
        Assert.Contains(RuleNames.DailyRest, audit.After, StringComparison.Ordinal);
        Assert.Equal("manager@3133.example", audit.Actor);
    }
}
