using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

/// <summary>The entry point the solver's result goes through: domain assignments in, a stored draft out.</summary>
public sealed class RotaDraftsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly LocalDate Monday = new(2026, 12, 21);

    [Fact]
    public async Task CreateAsync_DomainAssignments_StoresADraftWithSummaryAndAuditsItAsSystem()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var staffId = await db.Staff.Where(s => s.Role == StaffRole.Listener).Select(s => s.Id).FirstAsync();
        var drafts = scope.ServiceProvider.GetRequiredService<RotaDrafts>();

        var (rota, errors) = await drafts.CreateAsync(new RotaDrafts.RotaDraft(Monday, 1, "solver", "{\"objective\":1234}",
            [new Assignment(staffId.ToString(), Monday, new LocalTime(9, 0), new LocalTime(17, 0), new LocalTime(12, 0), new LocalTime(12, 45))]), CancellationToken.None);

        Assert.False(errors.Any);
        var stored = await db.Rotas.Include(r => r.Assignments).AsNoTracking().SingleAsync(r => r.Id == rota!.Id);
        Assert.Equal(RotaStatus.Draft, stored.Status);
        Assert.Equal(Monday.PlusDays(6), stored.PeriodEnd);
        Assert.Equal("{\"objective\":1234}", stored.SummaryJson);
        Assert.Equal(new LocalTime(12, 45), Assert.Single(stored.Assignments).BreakEnd);
        var key = rota!.Id.ToString();
        Assert.Equal("system", (await db.AuditLog.SingleAsync(a => a.EntityType == "Rota" && a.EntityKey == key)).Actor);
    }

    [Fact]
    public async Task CreateAsync_UnknownStaffAndDateOutsideThePeriod_StoresNothingAndNamesBoth()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var staffId = await db.Staff.Select(s => s.Id).FirstAsync();
        var drafts = scope.ServiceProvider.GetRequiredService<RotaDrafts>();
        var before = await db.Rotas.CountAsync();

        var (rota, errors) = await drafts.CreateAsync(new RotaDrafts.RotaDraft(Monday, 1, "solver", "{}",
        [
            new Assignment(Guid.NewGuid().ToString(), Monday, new LocalTime(9, 0), new LocalTime(17, 0)),
            new Assignment(staffId.ToString(), Monday.PlusDays(7), new LocalTime(9, 0), new LocalTime(17, 0)),
        ]), CancellationToken.None);

        Assert.Null(rota);
        var problem = Assert.IsType<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(errors.ToProblem().ProblemDetails);
        Assert.Contains("assignments[0].staffId", problem.Errors.Keys);
        Assert.Contains("assignments[1].date", problem.Errors.Keys);
        Assert.Equal(before, await db.Rotas.CountAsync());
    }
}
