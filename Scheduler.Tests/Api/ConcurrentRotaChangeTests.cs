using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Mail;
using Scheduler.Api.Features.Requests;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Tests.Api;

/// <summary>
/// A cover or a swap saved while another manager changed the published rota (its version) is refused with 409, and
/// nothing changes hands: a second context saves the rota just before them.
/// </summary>
public sealed class ConcurrentRotaChangeTests(ApiFactory factory) : IClassFixture<ApiFactory>
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
        await using var db = RacedContext(rotaId);
        await using var scope = factory.Services.CreateAsyncScope();
        var problems = new RotaProblemFactory(db, scope.ServiceProvider.GetRequiredService<IConfiguration>());

        var result = await ShiftHandover.GiveAsync(
            db, problems, scope.ServiceProvider.GetRequiredService<RequestDecisionMail>(), scope.ServiceProvider.GetRequiredService<CoverOfferMail>(), shift, me, "cover", "test", SystemClock.Instance, CancellationToken.None);

        Assert.Equal(StatusCodes.Status409Conflict, (result as IStatusCodeHttpResult)?.StatusCode);
        Assert.Equal(sick, await factory.InDatabaseAsync(d => d.Assignments.Where(a => a.Id == shift).Select(a => a.StaffId).SingleAsync()));
    }

    [Fact]
    public async Task SwapApprovedAfterTheRotaChanged_Conflict_RequestStillPending()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var other = await RotaApi.SomeoneElseAsync(factory, me);
        var rota = await RotaApi.ImportAsync(factory, "2027-08-09", RotaApi.Shift(me, "2027-08-10", "09:00", "15:00"), RotaApi.Shift(other, "2027-08-11", "09:00", "15:00"));
        var rotaId = RotaApi.RotaId(rota);
        (await RotaApi.PublishAsync(factory, rotaId)).EnsureSuccessStatusCode().Dispose();
        using var listener = await factory.ClientAsync(Roles.Listener);
        using var asked = await listener.PostAsJsonAsync("/api/me/requests/swaps", new { assignmentId = RotaApi.ShiftOf(rota, me), otherAssignmentId = RotaApi.ShiftOf(rota, other) });
        var requestId = (await Json.ReadAsync(asked)).GetProperty("id").GetGuid();
        await using var db = RacedContext(rotaId);
        await using var scope = factory.Services.CreateAsyncScope();
        var checker = new ValidatingRotaChecker(new RotaProblemFactory(db, scope.ServiceProvider.GetRequiredService<IConfiguration>()));
        var manager = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test")], "test"));

        var result = await SwapDecisions.ApproveAsync(
            requestId, new DecisionRequest(null, "swap"), db, checker, scope.ServiceProvider.GetRequiredService<RequestDecisionMail>(), SystemClock.Instance, manager, CancellationToken.None);

        Assert.Equal(StatusCodes.Status409Conflict, (result as IStatusCodeHttpResult)?.StatusCode);
        Assert.Equal(RequestStatus.Pending, await factory.InDatabaseAsync(d => d.SwapRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync()));
        Assert.Equal(me, await factory.InDatabaseAsync(d => d.Assignments.Where(a => a.RotaId == rotaId && a.Date == new LocalDate(2027, 8, 10)).Select(a => a.StaffId).SingleAsync()));
    }

    /// <summary>A context on the service's database whose saves another manager's save of the rota precedes.</summary>
    private SqliteSchedulerDbContext RacedContext(Guid rotaId)
    {
        var file = $"Data Source={Path.Combine(factory.DataDirectory, DatabaseSetup.SqliteFileName)}";
        return new SqliteSchedulerDbContext(DatabaseSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteSchedulerDbContext>(), file)
            .AddInterceptors(new AnotherManagerSavesFirst(rotaId, file)).Options);
    }

    /// <summary>Just before the save, another context gives the rota a new version, as a second manager's save would.</summary>
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
