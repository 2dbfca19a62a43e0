using Quartz;
using Scheduler.Api.Jobs;

namespace Scheduler.Api.Features.Demand;

/// <summary>The weekly demand in the web service: the Monday forecast and its job, on the Quartz the host sets up.</summary>
public static class DemandSetup
{
    public static WebApplicationBuilder AddDemandForecasting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<WeeklyDemandRefresh>();
        builder.AddQuartz(q => DemandForecastJob.AddDemandJob(q));
        return builder;
    }
}
