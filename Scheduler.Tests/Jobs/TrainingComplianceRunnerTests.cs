using NodaTime;
using NodaTime.Testing;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;
using static Scheduler.Tests.Quality.QualityTestData;

namespace Scheduler.Tests.Jobs;

public sealed class TrainingComplianceRunnerTests
{
    private static StaffMember Listener(string id) => new(id, id, StaffRole.Listener, Contract.FullTime(), ["phone"], true, null, [], []);

    [Fact]
    public async Task RunAsync_ExpiredExpiringAndRota_StoresQualificationsAndRaisesAlerts()
    {
        var stores = new InMemoryQualityStores();
        stores.Modules.AddRange([TrainingModule.InitialTraining, new TrainingModule("refresher", "Recyclage", TrainingModuleKind.Refresher, 1, Period.FromMonths(6))]);
        stores.Staff.AddRange([Listener("expired"), Listener("expiring"), Listener("fine"), new StaffMember("m", "M", StaffRole.Manager, Contract.FullTime(), [], true, null, [], [])]);
        stores.Completions.AddRange([
            new("expired", "initial", new LocalDate(2026, 2, 1)),   // refresher due by 31 July 2026
            new("expiring", "initial", new LocalDate(2026, 2, 27)),
            new("expiring", "refresher", new LocalDate(2026, 2, 20)), // latest refresher: valid until 19 August 2026
            new("fine", "initial", new LocalDate(2026, 2, 27)),
            new("fine", "refresher", new LocalDate(2026, 7, 1)),
        ]);
        stores.Rota.AddRange([
            new Assignment("expired", new LocalDate(2026, 8, 3), new LocalTime(9, 0), new LocalTime(17, 0)),
            new Assignment("fine", new LocalDate(2026, 8, 3), new LocalTime(9, 0), new LocalTime(17, 0)),
        ]);
        var runner = new TrainingComplianceRunner(new FakeClock(At(2026, 8, 2, 6, 0)), stores, stores, stores, stores, TrainingComplianceOptions.Default);

        var result = await runner.RunAsync(CancellationToken.None);

        Assert.Equal(3, stores.Qualifications.Count);
        Assert.Equal(new LocalDate(2026, 7, 31), stores.Qualifications.Single(q => q.StaffId == "expired").QualifiedUntil);
        Assert.Equal(
            ["rota-untrained-listener:expired:2026-08-03", "training-expired:expired:2026-07-31", "training-expiring:expiring:2026-08-19"],
            stores.Alerts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("expired", Assert.Single(result.ShiftsOfUntrained).StaffId);

        var again = await runner.RunAsync(CancellationToken.None);
        Assert.Equal(0, again.AlertsRaised);
    }

    [Fact]
    public async Task RunAsync_ExpiredQualification_AlertsNameThePersonAndTheFirstUntrainedDayInBothLanguages()
    {
        var stores = new InMemoryQualityStores();
        stores.Modules.AddRange([TrainingModule.InitialTraining, new TrainingModule("refresher", "Recyclage", TrainingModuleKind.Refresher, 1, Period.FromMonths(6))]);
        stores.Staff.Add(new StaffMember("3f9c", "Camille Martin", StaffRole.Listener, Contract.FullTime(), ["phone"], true, null, [], []));
        stores.Completions.Add(new("3f9c", "initial", new LocalDate(2026, 2, 1))); // refresher due by 31 July 2026
        stores.Rota.Add(new Assignment("3f9c", new LocalDate(2026, 8, 3), new LocalTime(9, 0), new LocalTime(17, 0)));
        var runner = new TrainingComplianceRunner(new FakeClock(At(2026, 8, 2, 6, 0)), stores, stores, stores, stores, TrainingComplianceOptions.Default);

        await runner.RunAsync(CancellationToken.None);

        var expired = Assert.Single(stores.Alerts.Values, a => a.Kind == AlertKinds.TrainingExpired);
        Assert.Equal("La qualification de Camille Martin a expiré le 31/07/2026 : non formé·e à partir du 01/08/2026.", expired.Text.French);
        Assert.Equal("Camille Martin's qualification expired on 31/07/2026: untrained from 01/08/2026.", expired.Text.English);
        Assert.Equal("3f9c", expired.StaffId);
        var onRota = Assert.Single(stores.Alerts.Values, a => a.Kind == AlertKinds.RotaUntrainedListener);
        Assert.Equal("The published rota of 03/08/2026 counts on Camille Martin, who is not trained on that date.", onRota.Text.English);
    }
}
