using System.Net.Http.Json;
using System.Text.Json;
using Scheduler.Api.Auth;

namespace Scheduler.Tests.Api;

/// <summary>
/// The service as a first start runs it: the demo history (with its published past rota), then the first rotas planned
/// in the background before /health is Healthy.
/// </summary>
public sealed class FirstRotaSeedFactory : ApiFactory
{
    public FirstRotaSeedFactory()
    {
        SeedRotas = true;
    }

    protected override bool WithDemoHistory => true;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Scheduler:SeedSolveSeconds", Solving.TimeLimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

[Collection(Solving.Name)]
public sealed class FirstRotaSeedTests(FirstRotaSeedFactory factory) : IClassFixture<FirstRotaSeedFactory>
{
    [Fact]
    public async Task FirstStart_Healthy_OnceTheCurrentWeekIsPublishedAndTheNextIsADraft()
    {
        using var anonymous = factory.CreateClient();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        string health;
        do
        {
            await Task.Delay(250);
            health = await (await anonymous.GetAsync("/health")).Content.ReadAsStringAsync();
        }
        while (health != "Healthy" && waited.Elapsed < TimeSpan.FromSeconds(120));

        using var manager = await factory.ClientAsync(Roles.Manager);
        // The demo history's past rota aside, exactly the two first rotas.
        var rotas = (await manager.GetFromJsonAsync<JsonElement>("/api/rotas")).EnumerateArray()
            .Where(r => string.CompareOrdinal(r.GetProperty("periodStart").GetString(), "2026-11-23") >= 0)
            .ToList();

        Assert.True(health == "Healthy", factory.Output.ToString());
        Assert.True(rotas.Count == 2, factory.Output.ToString());
        // The fake clock reads Wednesday 25 November 2026: its week starts on Monday the 23rd.
        Assert.Contains(rotas, r => r.GetProperty("periodStart").GetString() == "2026-11-23" && r.GetProperty("status").GetString() == "Published");
        Assert.Contains(rotas, r => r.GetProperty("periodStart").GetString() == "2026-11-30" && r.GetProperty("status").GetString() == "Draft");
        Assert.Contains("first rota: solving the week of 2026-11-23", factory.Output.ToString(), StringComparison.Ordinal);
    }
}
