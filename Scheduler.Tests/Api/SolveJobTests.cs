using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quartz;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Jobs;

namespace Scheduler.Tests.Api;

/// <summary>The solve job as the hosted service registers it in the persistent store, and re-runs of finished runs.</summary>
public sealed class SolveJobTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task SolveJob_InTheHostsJobStore_IsDurableAndAskedToRecover()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var job = await scheduler.GetJobDetail(SolveRotaJob.Key);

        Assert.True((await scheduler.GetMetadata()).JobStorePersistent);
        Assert.NotNull(job);
        Assert.True(job.Durable);
        Assert.True(job.RequestsRecovery);
    }

    [Fact]
    public async Task FirstRotaSeed_TurnedOff_SolvesNothingInTheBackground()
    {
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        await Task.Delay(500);

        using var scope = factory.Services.CreateScope();
        Assert.DoesNotContain("first rota:", factory.Output.ToString(), StringComparison.Ordinal);
        Assert.False(await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().Rotas.AnyAsync(r => r.Source == "seed"));
    }

    [Fact]
    public async Task RunAsync_RunAlreadySucceeded_LeavesItAlone()
    {
        var id = Guid.NewGuid();
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
            db.SolveRuns.Add(new SolveRunEntity
            {
                Id = id, PeriodStart = new LocalDate(2026, 11, 30), Weeks = 1, TimeLimitSeconds = 5, Seed = 1,
                Status = SolveRunStatus.Succeeded, RequestedBy = "test", Attempts = 1, CreatedAt = ApiFactory.Now, UpdatedAt = ApiFactory.Now,
            });
            await db.SaveChangesAsync();
        }

        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<RotaSolveRunner>().RunAsync(id, "recovered", recovering: true, CancellationToken.None);
        }

        using var check = factory.Services.CreateScope();
        var run = await check.ServiceProvider.GetRequiredService<SchedulerDbContext>().SolveRuns.FindAsync(id);
        Assert.Equal(SolveRunStatus.Succeeded, run!.Status);
        Assert.Equal(1, run.Attempts);
        Assert.Null(run.FireInstanceId);
    }
}
