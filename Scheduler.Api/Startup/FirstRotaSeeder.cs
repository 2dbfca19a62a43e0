using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Time;
using Scheduler.Solver.Rostering;

namespace Scheduler.Api.Startup;

/// <summary>
/// First start only (no rota stored for the current week or later): solves and publishes the rota of the current week (the clock's date, back to
/// its Monday) and stores a solved draft of the next week, printing progress lines. Runs in the background so the
/// server listens meanwhile; /health turns Healthy when it is done.
/// </summary>
public sealed class FirstRotaSeeder(
    IServiceScopeFactory scopes, StartupReadiness readiness, StartupConsole console, IClock clock, IConfiguration configuration, ILogger<FirstRotaSeeder> logger)
    : BackgroundService
{
    public const string Actor = "first-start seed";

    /// <summary>False (<c>Scheduler:SeedRotas</c>) skips the rota seed: tests, or a platform that plans its first week by hand.</summary>
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Scheduler:SeedRotas", true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled(configuration))
        {
            return;
        }

        try
        {
            await readiness.DataReady.WaitAsync(stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
            var today = clock.Today();
            var monday = today.DayOfWeek == IsoDayOfWeek.Monday ? today : today.Previous(IsoDayOfWeek.Monday);
            // Past rotas (the demo history publishes eight weeks of them) do not count: only one for this week or later.
            if (await db.Rotas.AnyAsync(r => r.PeriodEnd >= monday, stoppingToken))
            {
                readiness.MarkReady();
                return;
            }

            var published = await SolveAsync(scope.ServiceProvider, monday, stoppingToken);
            if (published is { } id)
            {
                var outcome = await scope.ServiceProvider.GetRequiredService<RotaPublisher>().PublishAsync(id, new PublishRequest(null, Actor), Actor, stoppingToken);
                console.WriteLine($"first rota: week of {Date(monday)} published ({outcome.Result.GetType().Name.Split('`')[0]})");
                await scope.ServiceProvider.GetRequiredService<DemoHistorySeeder>().CatchUpAsync(monday, stoppingToken);
            }

            await SolveAsync(scope.ServiceProvider, monday.PlusWeeks(1), stoppingToken);
            console.WriteLine($"first rota: draft of the week of {Date(monday.PlusWeeks(1))} stored");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException)
        {
            logger.LogError(e, "The first-start rota seed failed");
            console.WriteLine($"first rota: failed ({e.Message}); plan the first week with POST /api/rotas");
        }

        readiness.MarkReady();
    }

    /// <summary>Solves one week from the stored data and stores it as a draft; answers its id, or null when no rota was found.</summary>
    private async Task<Guid?> SolveAsync(IServiceProvider services, LocalDate monday, CancellationToken ct)
    {
        var seconds = Math.Clamp(configuration.GetValue("Scheduler:SeedSolveSeconds", 20), 1, 600);
        console.WriteLine($"first rota: solving the week of {Date(monday)} ({seconds} s at most)");
        var problem = await services.GetRequiredService<RotaProblemFactory>().BuildAsync(monday, 1, ct);
        var options = new SolverOptions
        {
            TimeLimit = TimeSpan.FromSeconds(seconds),
            Workers = Math.Clamp(configuration.GetValue("Solver:Workers", 2), 1, 16),
        };
        var solution = await Task.Run(() => RotaSolver.Solve(problem, options, null, ct), ct);
        if (solution.Status == SolveStatus.Unknown)
        {
            // No rota yet is a matter of time (a busy machine), not of rules: one more try with twice the time.
            console.WriteLine($"first rota: no rota within {seconds} s; trying again with {2 * seconds} s");
            options = options with { TimeLimit = TimeSpan.FromSeconds(2 * seconds) };
            solution = await Task.Run(() => RotaSolver.Solve(problem, options, null, ct), ct);
        }

        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"first rota: {solution.Status}, objective {solution.Objective:0}, gap {solution.Gap:P1}, {solution.Assignments.Count} shifts, {solution.WallSeconds:0.0} s"));
        if (solution.Assignments.Count == 0)
        {
            throw new InvalidOperationException($"no rota for the week of {Date(monday)} ({solution.Status})");
        }

        var calls = await services.GetRequiredService<RotaProblemFactory>().ExpectedCallsAsync(monday, 1, ct);
        var summary = SolveSummary.Build(problem, solution, calls).ToJsonString();
        var (rota, _) = await services.GetRequiredService<RotaDrafts>().CreateAsync(new RotaDrafts.RotaDraft(monday, 1, "seed", summary, solution.Assignments), ct);
        return rota?.Id ?? throw new InvalidOperationException($"the solved week of {Date(monday)} failed the draft checks");
    }

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
