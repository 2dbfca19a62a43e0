using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Jobs;
using Scheduler.Api.Time;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Simulation;

namespace Scheduler.Api.Startup;

/// <summary>
/// First-start demo of quality supervision, after the staff seed: the two training modules with every listener's
/// initial training, a published rota for the 8 whole weeks before this week (a simple repeating pattern, see
/// <see cref="DemoRotaPattern"/>), and the calls those weeks would have had: arrivals from the default 3133 profile,
/// answered by the listeners on duty (<see cref="SyntheticCallGenerator"/>, seed 3133). The calls go through the
/// import, which sets the SLA watermark to the history's first half-hour; the SLA runner then computes it at once, so
/// the reports have figures on the first page view. Runs only on an empty call history; off with
/// <c>Scheduler:DemoHistory=false</c>.
/// </summary>
public sealed class DemoHistorySeeder(
    SchedulerDbContext db, CallImporter importer, SlaComplianceRunner sla, IClock clock, StartupConsole console, IConfiguration configuration)
{
    public const int Weeks = 8;
    public const string RotaSource = "demo-history";

    public static readonly TrainingModuleEntity Initial = new()
    {
        Id = TrainingModule.InitialTraining.Id, Name = TrainingModule.InitialTraining.Name, Kind = TrainingModuleKind.Initial, DurationDays = 15,
    };

    public static readonly TrainingModuleEntity Refresher = new()
    {
        Id = "refresher-annual", Name = "Recyclage annuel (2 jours)", Kind = TrainingModuleKind.Refresher, DurationDays = 2, ValidityMonths = 12,
    };

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!configuration.GetValue("Scheduler:DemoHistory", true) || await db.CallRecords.AnyAsync(ct))
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var listeners = await db.Staff.Where(s => s.IsActive && s.Role == StaffRole.Listener).OrderBy(s => s.Name).ToListAsync(ct);
        await SeedTrainingAsync(listeners, ct);

        var first = Periods.StartOf(PeriodKind.Week, clock.Today()).PlusWeeks(-Weeks);
        var onContract = listeners.Where(l => l.ContractOn(first) is not null).Select(l => l.Id).ToList();
        if (onContract.Count == 0)
        {
            return;
        }

        var rota = DemoRotaPattern.Build(first, Weeks, onContract);
        await PublishAsync(first, rota, ct);

        var zone = RotaProblem.TimeZone;
        var staff = listeners.Select(l => new StaffMember(l.Id.ToString(), l.Name, StaffRole.Listener, new Contract(0), [], true, null, [], []));
        var demand = DemoHistory.Demand(first, 7 * Weeks, zone, (date, time) => Line3133Defaults.Profile.CallsAt(date.DayOfWeek, time));
        var duty = DemoHistory.Duty(rota.Select(a => a.ToDomain()), staff, zone);
        var calls = new SyntheticCallGenerator(CallGenerationSettings.Default with { IdPrefix = "demo" }, 3133).Generate(demand, duty);
        await importer.ImportAsync(new CallParseResult(calls, [], [], [], null), "system", ct);
        // One transaction for the whole catch-up: SQLite syncs the disk on every commit, and 8 weeks are ~120 commits.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await sla.RunAsync(ct);
            await transaction.CommitAsync(ct);
        }

        console.WriteLine($"demo history: {calls.Count} calls from {first:yyyy-MM-dd} over {Weeks} weeks ({watch.ElapsedMilliseconds} ms)");
    }

    /// <summary>Every listener finished the 15-day initial training just before the opening; the refresher falls due a year later.</summary>
    private async Task SeedTrainingAsync(List<StaffEntity> listeners, CancellationToken ct)
    {
        if (await db.TrainingModules.AnyAsync(ct))
        {
            return;
        }

        db.TrainingModules.AddRange(new TrainingModuleEntity
        {
            Id = Initial.Id, Name = Initial.Name, Kind = Initial.Kind, DurationDays = Initial.DurationDays,
        }, new TrainingModuleEntity
        {
            Id = Refresher.Id, Name = Refresher.Name, Kind = Refresher.Kind, DurationDays = Refresher.DurationDays, ValidityMonths = Refresher.ValidityMonths,
        });
        var trainedOn = PlatformSeeder.Opening.PlusDays(-3);
        db.TrainingCompletions.AddRange(listeners.Where(l => l.IsTrained).Select(l => new TrainingCompletionEntity
        {
            Id = Guid.NewGuid(), StaffId = l.Id, ModuleId = Initial.Id, CompletedOn = trainedOn,
        }));
        await db.SaveChangesAsync(ct);
    }

    private async Task PublishAsync(LocalDate first, IReadOnlyList<AssignmentEntity> shifts, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var rota = new RotaEntity
        {
            Id = Guid.NewGuid(),
            PeriodStart = first,
            PeriodEnd = first.PlusDays((7 * Weeks) - 1),
            Status = RotaStatus.Published,
            Source = RotaSource,
            CreatedAt = now,
            PublishedAt = now,
            PublishedBy = "system",
        };
        foreach (var shift in shifts)
        {
            shift.RotaId = rota.Id;
        }

        rota.Assignments = [.. shifts];
        db.Rotas.Add(rota);
        await db.SaveChangesAsync(ct);
    }
}
