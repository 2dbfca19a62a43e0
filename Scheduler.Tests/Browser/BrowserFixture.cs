using Microsoft.Playwright;

namespace Scheduler.Tests.Browser;

/// <summary>
/// One service and one Chromium for all the journeys of a test class (starting them is most of the run's time). Debian's
/// Chromium is launched through ExecutablePath: nothing is downloaded. Without it, <see cref="Unavailable"/> says why.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public PagesFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Screenshots go to the test output folder (bin/…/screenshots), never into the source tree.</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"{ChromiumPath} is absent (apt-get install chromium); the browser journeys did not run.";
            return;
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        BaseUrl = Factory.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) of the given size, signed in as the demo account of <paramref name="role"/>.</summary>
    public async Task<IPage> SignInAsync(string role, int width, int height)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var (email, password) = Factory.DemoAccounts[role];
        await SignInOnAsync(page, email, password);
        return page;
    }

    /// <summary>Signs <paramref name="email"/> in on <paramref name="page"/> from the sign-in page, and waits until the page has moved on.</summary>
    public async Task SignInOnAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Sign-in hashes the password and runs beside other test hosts on 2 cores: give it time, and one more try
        // (setup, not the subject of these tests; a second failure says what the sign-in page showed).
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync(BaseUrl + "/connexion");
            if (attempt > 1 && !page.Url.Contains("/connexion", StringComparison.Ordinal))
            {
                // The first try's sign-in went through after its wait ended: the sign-in page now sends the user on.
                break;
            }

            await page.GetByLabel("Adresse e-mail").FillAsync(email);
            await page.GetByLabel("Mot de passe").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal), new() { Timeout = 45_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 2)
            {
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"{email} could not sign in: {await page.Locator("main").InnerTextAsync()}");
            }
        }
    }

    /// <summary>True, with the reason written to the test's output, when the browser cannot run here (the journey then returns at once).</summary>
    public bool NotHere(Xunit.Abstractions.ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Unavailable is { } reason)
        {
            output.WriteLine("Browser journey not run: " + reason);
            return true;
        }

        return false;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
