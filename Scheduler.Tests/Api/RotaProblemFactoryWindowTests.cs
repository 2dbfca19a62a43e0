using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;

namespace Scheduler.Tests.Api;

/// <summary>The weeks fairness counts before a period bring their absences, and a newcomer's weeks before joining count as away.</summary>
public sealed class RotaProblemFactoryWindowTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly LocalDate Start = new(2026, 11, 30);

    [Fact]
    public async Task BuildAsync_LeaveAndJoiningInTheWindow_LoadedAsDatesAway()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var onLeave = db.Staff.First(s => s.Role == StaffRole.Listener);
        db.Absences.Add(new AbsenceEntity { StaffId = onLeave.Id, From = new LocalDate(2026, 11, 9), To = new LocalDate(2026, 11, 15), Kind = AbsenceKind.Leave });
        var newcomer = new StaffEntity
        {
            Name = "Nouvelle écoutante",
            Role = StaffRole.Listener,
            IsTrained = true,
            Contracts = [new ContractEntity { ValidFrom = new LocalDate(2026, 11, 23), WeeklyMinutes = 35 * 60 }],
            Skills = [new SkillEntity { Channel = "phone" }],
        };
        db.Staff.Add(newcomer);
        await db.SaveChangesAsync();

        var problem = await scope.ServiceProvider.GetRequiredService<RotaProblemFactory>().BuildAsync(Start, 1, CancellationToken.None);

        Assert.Equal(new LocalDate(2026, 11, 2), problem.FairnessFrom);
        var away = problem.Staff.Single(s => s.Id == onLeave.Id.ToString());
        Assert.False(away.IsAvailableOn(new LocalDate(2026, 11, 14)));
        Assert.True(away.IsAvailableOn(Start));
        var joined = problem.Staff.Single(s => s.Id == newcomer.Id.ToString());
        Assert.Equal(new Absence(new LocalDate(2026, 11, 2), new LocalDate(2026, 11, 22), AbsenceKind.Unavailable), Assert.Single(joined.Absences));
    }
}
