using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Browser;

/// <summary>
/// The real service on a real socket (127.0.0.1, a free port), on a fresh SQLite data folder, with the fake clock of
/// <see cref="ApiFactory"/> (Wednesday 25/11/2026 10:00 in Paris) (the dashboard reads the calls a test imports).
/// </summary>
public sealed class PagesFactory : ApiFactory
{
    public PagesFactory()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server and answers its address, e.g. "http://127.0.0.1:40123".</summary>
    public string Start()
    {
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
