namespace Scheduler.Api.Features.Accounts;

/// <summary>
/// Makes and queues the e-mail of each address asked for (<see cref="PasswordResets.RequestAsync"/>), one after the
/// other in the order asked; a failure is logged and the next address goes on.
/// </summary>
public sealed partial class PasswordResetSender(PasswordResetRequests queue, IServiceScopeFactory scopes, ILogger<PasswordResetSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PasswordResets>().RequestAsync(email, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailure(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Password reset: the link could not be made or queued")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
