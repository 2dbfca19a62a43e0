using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scheduler.Api.Data;

namespace Scheduler.Api.Startup;

/// <summary>Healthy when the database answers a connection.</summary>
public sealed class DatabaseHealthCheck(SchedulerDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
