using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quartz;
using Scheduler.Api.Jobs;

namespace Scheduler.Tests.Jobs;

/// <summary>The quality jobs in a real SQLite AdoJobStore (the embedded default): tables created, triggers persisted across a restart.</summary>
public sealed class JobStoreSetupTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("scheduler-quartz-").FullName;

    private JobStoreSettings Settings => new() { ConnectionString = $"Data Source={Path.Combine(directory, "quartz.db")};Pooling=False" };

    [Fact]
    public async Task UseSchedulerJobStore_Sqlite_PersistsQualityTriggersAcrossRestart()
    {
        var first = await QuartzSchedulerBuilder.Create(q =>
        {
            AddStores(q.Services);
            q.UseSchedulerJobStore(Settings).AddQualityJobs();
        }).BuildScheduler();
        await first.Shutdown(false, CancellationToken.None);

        // The second scheduler registers nothing: whatever it finds was stored by the first.
        var second = await QuartzSchedulerBuilder.Create(q => q.UseSchedulerJobStore(Settings)).BuildScheduler();
        try
        {
            var sla = Assert.IsAssignableFrom<ICronTrigger>(await second.GetTrigger(new TriggerKey("sla-every-15-minutes", QualitySchedules.Group)));
            var daily = Assert.IsAssignableFrom<ICronTrigger>(await second.GetTrigger(new TriggerKey("sla-report-daily", QualitySchedules.Group)));
            var training = Assert.IsAssignableFrom<ICronTrigger>(await second.GetTrigger(new TriggerKey("training-daily", QualitySchedules.Group)));

            Assert.Equal(QualitySchedules.SlaCron, sla.CronExpressionString);
            Assert.Equal((int)CronTriggerMisfireInstruction.DoNothing, sla.MisfireInstructionCode);
            Assert.Equal("Europe/Paris", daily.TimeZone.Id);
            Assert.Equal("Day", daily.JobDataMap.GetString(SlaReportJob.PeriodKey));
            Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, training.MisfireInstructionCode);
            Assert.True(await second.Exists(SlaComplianceJob.Key));
        }
        finally
        {
            await second.Shutdown(false, CancellationToken.None);
        }

        Assert.Contains("qrtz_triggers", await TablesAsync(), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void UseSchedulerJobStore_ClusteredSqlite_Refused()
    {
        var settings = Settings with { Clustered = true };

        var error = Assert.Throws<InvalidOperationException>(() => QuartzSchedulerBuilder.Create(q => q.UseSchedulerJobStore(settings)));

        Assert.Contains("SQLite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JobStoreSettings_FromConfiguration_BindsProviderClusteringAndTimes()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JobStore:Provider"] = "Postgres",
            ["JobStore:ConnectionString"] = "Host=db;Database=scheduler",
            ["JobStore:Clustered"] = "true",
            ["JobStore:CheckinInterval"] = "00:00:05",
        }).Build();

        var settings = configuration.GetSection("JobStore").Get<JobStoreSettings>()!;

        Assert.Equal((JobStoreProvider.Postgres, true, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(7.5)),
            (settings.Provider, settings.Clustered, settings.CheckinInterval, settings.CheckinMisfireThreshold));
        Assert.Empty(settings.Problems());
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>What the host provides; Quartz validates at build time that every job can be constructed.</summary>
    private static void AddStores(IServiceCollection services)
    {
        var stores = new InMemoryQualityStores();
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton<IJobWatermarkStore>(stores);
        services.AddSingleton<ICallRecordSource>(stores);
        services.AddSingleton<ISlaIntervalStore>(stores);
        services.AddSingleton<IStaffingSource>(stores);
        services.AddSingleton<IAlertSink>(stores);
        services.AddSingleton<ISlaReportStore>(stores);
        services.AddSingleton<ITrainingRecordSource>(stores);
        services.AddSingleton<IQualificationStore>(stores);
        services.AddSingleton<IPublishedRotaSource>(stores);
        services.AddQualityRunners();
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new SqliteConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "select name from sqlite_master where type = 'table'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
