using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Features.Demand;
using Scheduler.Api.Features.Quality;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Jobs;
using Scheduler.Api.Time;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Quality;
using Scheduler.Solver.Rostering;
using Scheduler.Solver.Simulation;

namespace Scheduler.Api.Startup;

/// <summary>
/// First-start demo of quality supervision, after the staff seed: the two training modules with every listener's
/// initial training, published rotas for the 8 whole weeks before this week (planned by the solver, 4 weeks at a time,
/// so they keep every rule and count in the first weeks' fairness as a real platform's would), and the calls those weeks
/// would have had: arrivals from the default 3133 profile, answered by the listeners on duty
/// (<see cref="SyntheticCallGenerator"/>, seed 3133). The calls go through the
/// import, which sets the SLA watermark to the history's first half-hour; the SLA runner then computes it at once, so
/// the reports have figures on the first page view. Runs only on an empty call history; off with
/// <c>Scheduler:DemoHistory=false</c>.
/// </summary>
public sealed class DemoHistorySeeder(
    SchedulerDbContext db, CallImporter importer, SlaComplianceRunner sla, IClock clock, StartupConsole console, IConfiguration configuration,
    RotaProblemFactory problems, RotaDrafts drafts, RotaPublisher publisher, QualificationRefresh qualifications, WeeklyDemandRefresh demand)
{
    public const int Weeks = 8;
    public const string RotaSource = "demo-history";

    /// <summary>Weeks each solve of the history plans (the solver plans at most 6).</summary>
    private const int SolveWeeks = 4;

    /// <summary>
    /// Deterministic units of each solve, so the demo is the same on every machine: the 3133 over 4 weeks in 3 units costs
    /// 2 812 with no half-hour short, in about 8 s of a Release build (the repeating pattern it replaces had no manager on
    /// duty and held full-timers to 22 h a week).
    /// </summary>
    private const double SolveUnits = 3;

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
        if (!listeners.Any(l => l.ContractOn(first) is not null))
        {
            return;
        }

        if (await PlanAsync(first, ct) is not { } rota)
        {
            return;
        }

        var calls = await ImportCallsAsync(first, 7 * Weeks, rota, listeners, "demo", 3133, ct);
        console.WriteLine($"demo history: {calls} calls from {first:yyyy-MM-dd} over {Weeks} weeks ({watch.ElapsedMilliseconds} ms)");

        // As the Monday forecast would have done on a line with these weeks behind it: the demand follows its calls.
        var (_, refresh) = await demand.RunAsync(ct);
        if (refresh is { Replaced: true })
        {
            console.WriteLine($"demo history: demand forecast from the calls of {refresh.WeeksUsed.Count} weeks");
        }
    }

    /// <summary>
    /// After the first start publishes the current week: the calls its days before today would have had, so that the
    /// managers' "la ligne" and the quality pages show yesterday as a running line would. Only over the demo history
    /// (calls stored, none yet from <paramref name="monday"/>); nothing on a Monday.
    /// </summary>
    public async Task CatchUpAsync(LocalDate monday, CancellationToken ct)
    {
        var days = Period.DaysBetween(monday, clock.Today());
        var from = monday.AtStartOfDayInZone(RotaProblem.TimeZone).ToInstant();
        if (!configuration.GetValue("Scheduler:DemoHistory", true) || days <= 0
            || !await db.CallRecords.AnyAsync(ct) || await db.CallRecords.AnyAsync(c => c.OfferedAt >= from, ct))
        {
            return;
        }

        var listeners = await db.Staff.Where(s => s.IsActive && s.Role == StaffRole.Listener).ToListAsync(ct);
        var last = monday.PlusDays(days - 1);
        var rota = (await db.Assignments.Where(a => a.Date >= monday && a.Date <= last).OnPublishedRotas(db.Rotas).ToListAsync(ct)).Select(a => a.ToDomain());
        var calls = await ImportCallsAsync(monday, days, rota, listeners, "demo-week", 3134, ct);
        console.WriteLine($"demo history: {calls} calls from {monday:yyyy-MM-dd} to yesterday");
    }

    /// <summary>Generates the calls of <paramref name="days"/> days answered by the rota's listeners, imports them and computes the service level.</summary>
    private async Task<int> ImportCallsAsync(LocalDate first, int days, IEnumerable<Assignment> rota, List<StaffEntity> listeners, string prefix, int seed, CancellationToken ct)
    {
        var zone = RotaProblem.TimeZone;
        var staff = listeners.Select(l => new StaffMember(l.Id.ToString(), l.Name, StaffRole.Listener, new Contract(0), [], true, null, [], []));
        var demand = DemoHistory.Demand(first, days, zone, (date, time) => Line3133Defaults.Profile.CallsAt(date.DayOfWeek, time));
        var duty = DemoHistory.Duty(rota, staff, zone);
        var calls = new SyntheticCallGenerator(CallGenerationSettings.Default with { IdPrefix = prefix }, seed).Generate(demand, duty);
        await importer.ImportAsync(new CallParseResult(calls, [], [], [], null), "system", ct);
        // One transaction for the whole catch-up: SQLite syncs the disk on every commit, and 8 weeks are ~120 commits.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await sla.RunAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return calls.Count;
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
        // As a manager's records would: the quality page and staff list show the refresher's due date from the first
        // view, not after the next morning's training job.
        await qualifications.RefreshAllAsync(ct);
    }

    /// <summary>
    /// Plans and publishes the history's weeks, each solve after the weeks before it (its history); answers every shift,
    /// or null (and says so) when a solve found no rota.
    /// </summary>
    private async Task<List<Assignment>?> PlanAsync(LocalDate first, CancellationToken ct)
    {
        var shifts = new List<Assignment>();
        for (var start = first; start < first.PlusWeeks(Weeks); start = start.PlusWeeks(SolveWeeks))
        {
            var problem = await problems.BuildAsync(start, SolveWeeks, ct);
            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(SolveUnits), DeterministicTimeLimit = SolveUnits };
            var solution = await Task.Run(() => RotaSolver.Solve(problem, options, null, ct), ct);
            var summary = SolveSummary.Build(problem, solution, await problems.ExpectedCallsAsync(start, SolveWeeks, ct)).ToJsonString();
            if (solution.Assignments.Count == 0
                || await drafts.CreateAsync(new RotaDrafts.RotaDraft(start, SolveWeeks, RotaSource, summary, solution.Assignments), ct) is not ({ } rota, _))
            {
                console.WriteLine($"demo history: no rota for the weeks from {start:yyyy-MM-dd} ({solution.Status}); no demo history");
                return null;
            }

            await publisher.PublishAsync(rota.Id, new PublishRequest(null, null), "system", ct);
            shifts.AddRange(solution.Assignments);
        }

        return shifts;
    }
}
