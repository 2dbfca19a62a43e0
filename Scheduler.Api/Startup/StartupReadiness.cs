using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Scheduler.Api.Startup;

/// <summary>Set once the first-start work (migrations, seed) is complete; until then /health answers Unhealthy.</summary>
public sealed class StartupReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}

public sealed class StartupReadinessHealthCheck(StartupReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Start-up work (migrations, seed) is not complete."));
}
