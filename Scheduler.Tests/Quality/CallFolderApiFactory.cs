using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Jobs;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Quality;

/// <summary>
/// The real service with an import folder (<c>calls</c>, under its data folder). The minute job is paused as soon as
/// the host runs: the tests run its work themselves, so a firing cannot take a file under a test's feet.
/// </summary>
public sealed class CallFolderApiFactory : ApiFactory
{
    public string Folder => Path.Combine(DataDirectory, "calls");

    /// <summary>One run of the folder job's work, as the job does it.</summary>
    public Task<IReadOnlyList<CallFolderResult>> RunFolderImportAsync() =>
        this.InScopeAsync(sp => sp.GetRequiredService<CallFolderImport>().RunAsync(CancellationToken.None));

    /// <summary>Drops <paramref name="text"/> as <paramref name="name"/>, the way an export lands: written aside, then renamed.</summary>
    public void Drop(string name, string text)
    {
        Directory.CreateDirectory(Folder);
        var aside = Path.Combine(Folder, "." + name + ".part");
        File.WriteAllText(aside, text);
        File.Move(aside, Path.Combine(Folder, name));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Relative: under the data folder.
        builder.UseSetting(CallFolder.Setting, "calls");
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var scheduler = host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask().GetAwaiter().GetResult();
        scheduler.PauseJob(CallFolderJob.Key).AsTask().GetAwaiter().GetResult();
        return host;
    }
}
