using System.Net;
using System.Net.Http.Json;
using Scheduler.Api.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Api.RotaApi;

namespace Scheduler.Tests.Api;

/// <summary>
/// A problem begun inside a reference period carries each full-timer's balance of the reference period's published weeks before it (4 weeks from
/// 2 March 2026 by default: 7 December 2026 to 3 January 2027 here), with leave credited.
/// </summary>
public sealed class ReferencePeriodTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly LocalDate PeriodStart = new(2026, 12, 7);

    [Fact]
    public async Task BuildAsync_WeekAfterAPublishedWeek_CarriesWhatEachFullTimerWorkedOverOrShort()
    {
        var (shortWeek, onLeave, idle) = await PublishFirstWeekAsync();

        var problem = await BuildAsync(PeriodStart.PlusWeeks(1), 1);

        Assert.Equal(new LocalDate(2027, 1, 3), problem.ReferencePeriodEnd);
        Assert.Equal(-120, Carried(problem, shortWeek)); // 33 h of 35 h
        Assert.Equal(0, Carried(problem, onLeave)); // 21 h: two days of leave credit 14 h
        Assert.Equal(-35 * 60, Carried(problem, idle)); // a full-timer the published week left without a shift
        Assert.All(problem.Staff.Where(s => !s.Contract.IsFullTime), s => Assert.Equal(0, s.CarriedMinutes));
    }

    [Fact]
    public async Task BuildAsync_SeveralWeeksFromInsideThePeriod_CarryTheBalanceAndTheNextPeriods()
    {
        var (shortWeek, _, idle) = await PublishFirstWeekAsync();

        var fiveWeeks = await BuildAsync(PeriodStart.PlusWeeks(1), 5);
        var nextPeriod = await BuildAsync(PeriodStart.PlusWeeks(4), 1);

        Assert.Equal(new LocalDate(2027, 1, 3), fiveWeeks.ReferencePeriodEnd);
        Assert.Equal(4, fiveWeeks.ReferencePeriodWeeks);
        Assert.Equal(-120, Carried(fiveWeeks, shortWeek));
        Assert.Equal(-35 * 60, Carried(fiveWeeks, idle));
        Assert.Equal(new LocalDate(2027, 1, 31), nextPeriod.ReferencePeriodEnd);
        Assert.All(nextPeriod.Staff, s => Assert.Equal(0, s.CarriedMinutes));
    }

    [Fact]
    public async Task Solve_ThreeWeeksClosingThePeriod_TheCarriedBalanceSettlesExactly()
    {
        var (shortWeek, _, _) = await PublishFirstWeekAsync();
        var built = await BuildAsync(PeriodStart.PlusWeeks(1), 3);
        // As after a week the solver planned: one full-timer 2 h short (the shared published week left the others a whole
        // week short, a case of its own: see README, Reference period).
        var problem = built with { Staff = [.. built.Staff.Select(s => s.Id == shortWeek.ToString() ? s : s with { CarriedMinutes = 0 })] };

        // Deterministic units: the same rota under any load.
        var solution = RotaSolver.Solve(problem, new SolverOptions { Workers = 2, Seed = 1, DeterministicTimeLimit = 10 });

        Assert.True(solution.Status is SolveStatus.Optimal or SolveStatus.Feasible, solution.Status.ToString());
        Assert.Empty(RotaValidator.Validate(problem, solution.Assignments));
        var owedTwoHours = solution.Assignments.Where(a => a.StaffId == shortWeek.ToString()).Sum(a => a.PaidTime.TotalMinutes);
        Assert.Equal(((3 * 35) + 2) * 60, owedTwoHours);
    }

    [Fact]
    public async Task BuildAsync_FirstWeekOfThePeriod_NothingBeforeItToCarry()
    {
        var problem = await BuildAsync(PeriodStart, 1);

        Assert.Equal(new LocalDate(2027, 1, 3), problem.ReferencePeriodEnd);
        Assert.All(problem.Staff, s => Assert.Equal(0, s.CarriedMinutes));
    }

    [Fact]
    public async Task RotaPage_OneWeekDraft_ShowsEachFullTimersBalanceAndWhatTheWeekMustGive()
    {
        var (shortWeek, _, idle) = await PublishFirstWeekAsync();
        var draft = await ImportAsync(factory, "2026-12-14", Shift(shortWeek, "2026-12-14", "09:00", "17:00", "12:00", "12:45"));
        using var client = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/plannings/{RotaId(draft)}"));

        Assert.Contains("Période de référence jusqu'au 03/01/2027 (L3121-44)", html, StringComparison.Ordinal);
        var names = await NamesAsync(shortWeek, idle);
        // Two hours short so far, two weeks after this one: 37 h would settle it, inside the band it may keep. Left without a
        // shift for a week: the band's top.
        // The balance after the week adds its difference (one shift of 7 h 15: −27 h 45; none: −35 h), not flagged alone.
        Assert.Matches($@"<th scope=""row"">{names[0]}</th>(\s*<td[^>]*>[^<]*</td>){{3}}\s*<td class="""">−27 h 45</td>\s*<td class=""neg"">−2 h 00</td>\s*<td>37 h 00 \(31 h 30–38 h 30\)</td>\s*<td class=""neg"">−29 h 45</td>", html);
        Assert.Matches($@"<th scope=""row"">{names[1]}</th>(\s*<td[^>]*>[^<]*</td>){{4}}\s*<td class=""neg"">−35 h 00</td>\s*<td>38 h 30</td>\s*<td class=""neg"">−70 h 00</td>", html);
    }

    [Fact]
    public async Task RotaPage_TwoWeekDraftInsideThePeriod_ShowsWhatEachFullTimersWeeksMustGive()
    {
        var (shortWeek, _, _) = await PublishFirstWeekAsync();
        using var manager = await factory.ClientAsync(Roles.Manager);
        using var imported = await manager.PostAsJsonAsync("/api/rotas/import", new
        {
            periodStart = "2026-12-14",
            weeks = 2,
            source = "test",
            assignments = new[] { Shift(shortWeek, "2026-12-14", "09:00", "17:00", "12:00", "12:45") },
        });
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var draft = await Json.ReadAsync(imported);
        using var client = await factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/plannings/{RotaId(draft)}"));

        // Two hours short so far, one week of the period after these two: 70 h give or take what that week can still
        // make up (3 h 30): 68 h 30 to 75 h 30.
        var name = (await NamesAsync(shortWeek))[0];
        Assert.Contains("Heures des temps pleins par période de référence", html, StringComparison.Ordinal);
        Assert.Matches($@"<th scope=""row"">{name}</th><td>du 14/12/2026 au 27/12/2026</td>\s*<td class=""neg"">7 h 15</td>\s*<td>68 h 30–75 h 30</td>\s*<td class=""neg"">−2 h 00</td>", html);
    }

    private async Task<string[]> NamesAsync(params Guid[] ids)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var names = await db.Staff.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name);
        return [.. ids.Select(id => System.Text.RegularExpressions.Regex.Escape(names[id]))];
    }

    /// <summary>Publishes the period's first week once (the class shares its database): three full-time listeners' weeks.</summary>
    private async Task<(Guid ShortWeek, Guid OnLeave, Guid Idle)> PublishFirstWeekAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var fullTimers = (await db.Staff.Include(s => s.Contracts).Where(s => s.IsActive && s.Role == StaffRole.Listener).ToListAsync())
            .Where(s => s.ContractOn(PeriodStart) is { WeeklyMinutes: 35 * 60 }).Select(s => s.Id).Order().Take(3).ToList();
        var (shortWeek, onLeave, idle) = (fullTimers[0], fullTimers[1], fullTimers[2]);
        if (!await db.Rotas.AnyAsync(r => r.PeriodStart == PeriodStart))
        {
            db.Absences.Add(new AbsenceEntity { StaffId = onLeave, From = PeriodStart, To = PeriodStart.PlusDays(1), Kind = AbsenceKind.Leave });
            await db.SaveChangesAsync();
            var day = (int d) => PeriodStart.PlusDays(d).ToString("yyyy-MM-dd", null);
            var shifts = Enumerable.Range(0, 4).Select(d => Shift(shortWeek, day(d), "09:00", "17:00", "12:00", "12:45"))
                .Append(Shift(shortWeek, day(4), "09:00", "13:00"))
                .Concat(Enumerable.Range(2, 3).Select(d => Shift(onLeave, day(d), "09:00", "16:45", "12:00", "12:45")))
                .ToArray();
            var rota = await ImportAsync(factory, day(0), shifts);
            using var published = await PublishAsync(factory, RotaId(rota));
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        return (shortWeek, onLeave, idle);
    }

    private async Task<RotaProblem> BuildAsync(LocalDate start, int weeks)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RotaProblemFactory>().BuildAsync(start, weeks, CancellationToken.None);
    }

    private static int Carried(RotaProblem problem, Guid staffId) => problem.Staff.Single(s => s.Id == staffId.ToString()).CarriedMinutes;
}
