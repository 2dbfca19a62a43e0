using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>
/// Pinned to a phone's home screen (or a browser tab), the service shows its icon and opens like an app: every page links
/// the web app manifest and the icons, which are served to anyone (the sign-in page needs them too).
/// </summary>
public sealed partial class HomeScreenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Manifest_Anonymous_OpensTheHomeStandaloneWithIconsThatAreServed()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/manifest.webmanifest");
        var manifest = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("/", "standalone", "fr"), (manifest.GetProperty("start_url").GetString(), manifest.GetProperty("display").GetString(), manifest.GetProperty("lang").GetString()));
        var icons = manifest.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "192x192");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512");
        foreach (var icon in icons)
        {
            using var image = await client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), image.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task SignInPage_Anonymous_LinksManifestAndIconsThatAreServed()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/connexion");
        var links = LinkPattern().Matches(html).ToDictionary(m => m.Groups["rel"].Value + " " + m.Groups["href"].Value, m => m.Groups["href"].Value);

        Assert.Contains("manifest /manifest.webmanifest", links.Keys);
        Assert.Contains("icon /favicon.ico", links.Keys);
        Assert.Contains("apple-touch-icon /icons/apple-touch-icon.png", links.Keys);
        Assert.Contains("<meta name=\"theme-color\" content=\"#0b4f8a\">", html, StringComparison.Ordinal);
        foreach (var href in links.Values.Where(h => h != "/css/site.css"))
        {
            using var served = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }
    }

    [GeneratedRegex("<link rel=\"(?<rel>[a-z-]+)\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex LinkPattern();
}
