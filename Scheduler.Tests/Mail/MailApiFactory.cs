using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Mail;

/// <summary>
/// The real service with e-mail on, sending to a <see cref="TestSmtpServer"/> of its own (started unless told not to).
/// The minute job is paused as soon as the host runs: the tests run its runner themselves, at the fake clock's time,
/// so a firing cannot send a message under a test's feet.
/// </summary>
public class MailApiFactory : ApiFactory
{
    public const string PublicUrl = "https://planning.example.org";

    public MailApiFactory()
        : this(startSmtp: true)
    {
    }

    /// <param name="port">Another server to send to instead of <see cref="Smtp"/> (which is then not started).</param>
    /// <param name="timeoutSeconds">How long the service waits on the server (<c>Mail:TimeoutSeconds</c>).</param>
    internal MailApiFactory(bool startSmtp, int? port = null, int timeoutSeconds = 30)
    {
        _port = port;
        _timeoutSeconds = timeoutSeconds;
        if (startSmtp && port is null)
        {
            Smtp.Start();
        }
    }

    private readonly int? _port;
    private readonly int _timeoutSeconds;

    public TestSmtpServer Smtp { get; } = new();

    /// <summary>One run of the mail job's work, as the job does it.</summary>
    public Task<MailRunResult> SendDueMailAsync() =>
        this.InScopeAsync(sp => sp.GetRequiredService<MailOutboxRunner>().RunAsync(CancellationToken.None));

    public Task<List<OutboxMessageEntity>> OutboxToAsync(string address) =>
        this.InDatabaseAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == address).OrderBy(m => m.CreatedAt).ToListAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", (_port ?? Smtp.Port).ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:TimeoutSeconds", _timeoutSeconds.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Security", "None");
        builder.UseSetting("Mail:From", "Ligne 3133 <planning@3133.example>");
        builder.UseSetting("Mail:PublicUrl", PublicUrl);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var scheduler = host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask().GetAwaiter().GetResult();
        scheduler.PauseJob(MailOutboxJob.Key).AsTask().GetAwaiter().GetResult();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
