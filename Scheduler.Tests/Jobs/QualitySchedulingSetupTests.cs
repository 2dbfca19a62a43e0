using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Quartz;
using Scheduler.Api.Jobs;

namespace Scheduler.Tests.Jobs;

/// <summary>The quality jobs hosted the way the web service hosts them: generic host, SQLite job store, health check.</summary>
public sealed class QualitySchedulingSetupTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("scheduler-host-").FullName;

    [Fact]
    public async Task AddQualityScheduling_AfterAddSchedulerQuartz_SchedulerRunsPersistentWithTriggersAndIsHealthy()
    {
        var builder = Host.CreateApplicationBuilder();
        var stores = new InMemoryQualityStores();
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton<IJobWatermarkStore>(stores).AddSingleton<ICallRecordSource>(stores).AddSingleton<ISlaIntervalStore>(stores)
            .AddSingleton<IStaffingSource>(stores).AddSingleton<IAlertSink>(stores).AddSingleton<ISlaReportStore>(stores)
            .AddSingleton<ITrainingRecordSource>(stores).AddSingleton<IQualificationStore>(stores).AddSingleton<IPublishedRotaSource>(stores);
        builder.AddSchedulerQuartz(new JobStoreSettings { ConnectionString = $"Data Source={Path.Combine(directory, "quartz.db")};Pooling=False" });
        builder.AddQualityScheduling();
        using var host = builder.Build();

        var healthChecks = host.Services.GetRequiredService<HealthCheckService>();
        await host.StartAsync();
        try
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            // The hosted service reports the start to the health check asynchronously: poll briefly.
            var health = await healthChecks.CheckHealthAsync();
            for (var i = 0; i < 50 && health.Status != HealthStatus.Healthy; i++)
            {
                await Task.Delay(100);
                health = await healthChecks.CheckHealthAsync();
            }

            Assert.Equal(SchedulerStatus.Running, await scheduler!.GetStatus());
            // Two AddQuartz calls (store from AddSchedulerQuartz, jobs from AddQualityScheduling) add up: persistent store and the jobs.
            Assert.True((await scheduler.GetMetadata()).JobStorePersistent);
            Assert.NotNull(await scheduler.GetTrigger(new TriggerKey("sla-report-monthly", QualitySchedules.Group)));
            Assert.True(health.Status == HealthStatus.Healthy, string.Join("; ", health.Entries.Select(e => $"{e.Key}: {e.Value.Status} {e.Value.Description} {e.Value.Exception?.Message}")));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
