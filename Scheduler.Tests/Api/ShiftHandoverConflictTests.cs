using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Tests.Api;

/// <summary>A cover saved while another manager changed the rota is refused with 409, and nothing changes hands.</summary>
public sealed class ShiftHandoverConflictTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task RotaChangedBetweenTheCheckAndTheSave_Conflict_ShiftKeepsItsHolder()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        using var manager = await factory.ClientAsync(Roles.Manager);
        var sick = (await manager.GetFromJsonAsync<JsonElement>("/api/staff")).EnumerateArray()
            .Where(s => s.GetProperty("role").GetString() == "Listener").Select(s => s.GetProperty("id").GetGuid()).First(id => id != me);
        var rota = await RotaApi.ImportAsync(factory, "2027-08-02", RotaApi.Shift(sick, "2027-08-04", "09:00", "15:00"));
        var (rotaId, shift) = (RotaApi.RotaId(rota), RotaApi.ShiftOf(rota, sick));
        (await RotaApi.PublishAsync(factory, rotaId)).EnsureSuccessStatusCode().Dispose();
        var file = $"Data Source={Path.Combine(factory.DataDirectory, DatabaseSetup.SqliteFileName)}";
        await using var db = new SqliteSchedulerDbContext(DatabaseSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteSchedulerDbContext>(), file)
            .AddInterceptors(new AnotherManagerSavesFirst(rotaId, file)).Options);
        await using var scope = factory.Services.CreateAsyncScope();
        var problems = new RotaProblemFactory(db, scope.ServiceProvider.GetRequiredService<IConfiguration>());

        var result = await ShiftHandover.GiveAsync(
            db, problems, scope.ServiceProvider.GetRequiredService<RequestDecisionMail>(), shift, me, "cover", "test", SystemClock.Instance, CancellationToken.None);

        Assert.Equal(StatusCodes.Status409Conflict, (result as IStatusCodeHttpResult)?.StatusCode);
        Assert.Equal(sick, await factory.InDatabaseAsync(d => d.Assignments.Where(a => a.Id == shift).Select(a => a.StaffId).SingleAsync()));
    }

    /// <summary>Just before the cover's save, another context gives the rota a new version, as a second manager's save would.</summary>
    private sealed class AnotherManagerSavesFirst(Guid rotaId, string file) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await using var other = new SqliteSchedulerDbContext(DatabaseSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteSchedulerDbContext>(), file).Options);
            var rota = await other.Rotas.SingleAsync(r => r.Id == rotaId, cancellationToken);
            rota.Version = Guid.NewGuid();
            await other.SaveChangesAsync(cancellationToken);
            return result;
        }
    }
}
