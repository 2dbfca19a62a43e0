using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Scheduler.Api.Startup;

/// <summary>
/// Start-up progress: <see cref="DataReady"/> is released once migrations and the staff seed are done; the service is
/// ready (and /health Healthy) once the first-start work, including the first rotas when they are seeded, is complete.
/// </summary>
public sealed class StartupReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    /// <summary>Released once, when the database is migrated and seeded.</summary>
    public SemaphoreSlim DataReady { get; } = new(0, 1);

    public void MarkReady() => _ready = true;
}

public sealed class StartupReadinessHealthCheck(StartupReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Start-up work (migrations, seed, first rotas) is not complete."));
}
