using Quartz;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Jobs;
using Scheduler.Api.Web;

namespace Scheduler.Api.Features.Quality;

/// <summary>Quality supervision in the web service: the stores the jobs run against, imports, reports, alerts and the jobs.</summary>
public static class QualityServiceSetup
{
    public static WebApplicationBuilder AddQualityService(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<SlaDbStores>();
        services.AddScoped<IJobWatermarkStore>(sp => sp.GetRequiredService<SlaDbStores>());
        services.AddScoped<ICallRecordSource>(sp => sp.GetRequiredService<SlaDbStores>());
        services.AddScoped<ISlaIntervalStore>(sp => sp.GetRequiredService<SlaDbStores>());
        services.AddScoped<ISlaReportStore>(sp => sp.GetRequiredService<SlaDbStores>());
        services.AddScoped<FloorStaffing>();
        services.AddScoped<PredictedServiceLevels>();
        services.AddScoped<PersonTraining>();
        services.AddScoped<QualificationRefresh>();
        services.AddScoped<IStaffingSource, StaffingDbSource>();
        services.AddScoped<IAlertSink, AlertDbSink>();
        services.AddScoped<TrainingDbStores>();
        services.AddScoped<ITrainingRecordSource>(sp => sp.GetRequiredService<TrainingDbStores>());
        services.AddScoped<IQualificationStore>(sp => sp.GetRequiredService<TrainingDbStores>());
        services.AddScoped<IPublishedRotaSource>(sp => sp.GetRequiredService<TrainingDbStores>());
        services.AddScoped<CallImporter>();
        services.AddScoped<CallFolderImport>();
        services.AddScoped<SilentFeed>();
        services.AddScoped<SlaReportQuery>();
        services.AddScoped<SlaIntervalQuery>();
        services.AddScoped<IQualityDashboardSource, SlaDashboardSource>();
        services.AddScoped<Startup.DemoHistorySeeder>();

        services.AddOptions<AlertWebhookOptions>()
            .BindConfiguration("Alerts")
            .Validate(o => o.IsValid(), "Alerts: WebhookUrl must be an absolute http(s) URL, MaxAttempts 1–20, FirstRetryDelay not negative.")
            .ValidateOnStart();
        services.AddSingleton<AlertWebhookOutbox>();
        services.AddHttpClient(nameof(AlertWebhookSender), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<AlertWebhookSender>();

        // The store, hosted service and health check come from QuartzHostSetup; this adds the quality jobs to it.
        builder.AddQualityScheduling();
        if (CallFolder.From(builder.Configuration) is not null)
        {
            builder.AddQuartz(q => CallFolderJob.AddCallFolderJob(q));
        }

        return builder;
    }
}
