using System.Threading.Channels;

namespace Scheduler.Api.Features.Accounts;

/// <summary>
/// Addresses whose owners asked for a new password, waiting for <see cref="PasswordResetSender"/>. The request only
/// queues the address and answers: looking the account up, making the link and writing the e-mail take time an unknown
/// address would not, so doing them before answering told whoever timed it which addresses have an account.
/// Bounded: beyond it a request is dropped (the sign-in limit per address makes that a flood), and the person asks again.
/// </summary>
public sealed class PasswordResetRequests
{
    private readonly Channel<string> queue = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChannelReader<string> Reader => queue.Reader;

    public void Add(string email) => queue.Writer.TryWrite(email.Trim());
}
