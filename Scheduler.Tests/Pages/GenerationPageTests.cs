using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Web;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>"Générer un planning" against <see cref="IRotaGenerationPages"/>: the form starts a run, the run's page and its status JSON show progress.</summary>
public sealed class GenerationPageTests : IClassFixture<GenerationPageTests.Factory>
{
    private readonly Factory _factory;

    public GenerationPageTests(Factory factory) => _factory = factory;

    [Fact]
    public async Task Start_AMonday_StartsARunAndRedirectsToItsProgress()
    {
        using var client = await _factory.CookieClientAsync(Roles.Manager);
        using var response = await PageForms.PostAsync(client, "/gestion/generer", new() { ["Start"] = "07/12/2026", ["Weeks"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/gestion/generer/{Runs.RunId}", response.Headers.Location!.OriginalString);
        Assert.Equal((new LocalDate(2026, 12, 7), 2), _factory.Runs.Started.Single());
    }

    [Fact]
    public async Task Form_NextWeeksAlreadyPublished_OffersTheFirstMondayNoPublishedRotaCovers_OneWeekMidPeriod()
    {
        // Today is Wednesday 25 November 2026. Reference periods of 4 weeks from 2 March 2026: 9 November – 6 December,
        // then 7 December – 3 January. Next week (30 November), the last of its period, then the week of 7 December
        // (the next period's first) are published in turn; the week of 14 December has a draft.
        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var me = await RotaApi.MyStaffIdAsync(_factory);
        var offered = new List<string>();
        foreach (var monday in new[] { "2026-11-30", "2026-12-07" })
        {
            offered.Add(WebUtility.HtmlDecode(await client.GetStringAsync("/gestion/generer")));
            var published = await RotaApi.ImportAsync(_factory, monday, RotaApi.Shift(me, monday, "09:00", "13:00"));
            (await RotaApi.PublishAsync(_factory, RotaApi.RotaId(published))).EnsureSuccessStatusCode().Dispose();
        }

        await RotaApi.ImportAsync(_factory, "2026-12-14", RotaApi.Shift(me, "2026-12-14", "09:00", "13:00"));
        offered.Add(WebUtility.HtmlDecode(await client.GetStringAsync("/gestion/generer")));

        // Mid-period, one week (it works back the period's balance); from a period's first week, the whole period.
        Assert.Equal(["30/11/2026|1", "07/12/2026|4", "14/12/2026|1"], offered.Select(html =>
            $"{Regex.Match(html, "id=\"Start\" name=\"Start\" value=\"([^\"]+)\"").Groups[1].Value}|{Regex.Match(html, "<option value=\"(\\d)\" selected=\"selected\">").Groups[1].Value}"));
        Assert.Contains("périodes de référence de 4 semaines (celle du lundi proposé : du 09/11/2026 au 06/12/2026)", offered[0], StringComparison.Ordinal);
        Assert.Contains("(celle du lundi proposé : du 07/12/2026 au 03/01/2027)", offered[1], StringComparison.Ordinal);
        // The week offered last has a draft already: it is linked, to open rather than generate again.
        Assert.DoesNotContain("drafts-hint", offered[1], StringComparison.Ordinal);
        Assert.Matches("id=\"drafts-hint\">Un brouillon couvre déjà la semaine du 14/12/2026 :\\s*<a href=\"/gestion/plannings/[0-9a-f-]+\">du 14/12/2026 au 20/12/2026</a>\\.\\s*Générer en crée un autre\\.", offered[2]);
    }

    [Fact]
    public async Task Start_NotAMonday_ErrorNextToTheFieldAndNothingStarted()
    {
        using var client = await _factory.CookieClientAsync(Roles.Manager);
        using var response = await PageForms.PostAsync(client, "/gestion/generer", new() { ["Start"] = "08/12/2026", ["Weeks"] = "2" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez un lundi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_factory.Runs.Started, s => s.Start == new LocalDate(2026, 12, 8));
    }

    [Fact]
    public async Task Progress_RunningRun_PageAndStatusJsonShowObjectiveGapAndElapsed()
    {
        using var client = await _factory.CookieClientAsync(Roles.Manager);
        var html = await client.GetStringAsync($"/gestion/generer/{Runs.RunId}");
        Assert.Contains("id=\"p-gap\">12,5 %<", html, StringComparison.Ordinal);
        Assert.Contains("Écart à la borne", html, StringComparison.Ordinal);
        Assert.Contains("(qui travaille quels week-ends, quelles fins de journée), elle ne voit", html, StringComparison.Ordinal);
        Assert.Contains("Arrêter la génération", html, StringComparison.Ordinal);
        Assert.Matches("<p class=\"hint\" id=\"absences-hint\">[^<]*en attente[^<]*<a href=\"/gestion/absences\">Absences à venir</a>", html);

        var status = await client.GetFromJsonAsync<JsonElement>($"/gestion/generer/{Runs.RunId}?handler=Status");
        Assert.Equal("En cours", status.GetProperty("state").GetString());
        Assert.Equal("1234", status.GetProperty("objective").GetString());
        Assert.Equal("42 s", status.GetProperty("elapsed").GetString());
        Assert.False(status.GetProperty("finished").GetBoolean());
    }

    [Fact]
    public async Task Finished_RunWithADraft_SumsItUpAsTheRotaPageJudgesIt()
    {
        // One listener's morning for a week: every open half-hour of the 7 × 22 is below its need, and one listener cannot
        // answer the profile's calls in time.
        var staffId = await RotaApi.MyStaffIdAsync(_factory);
        _factory.Runs.FinishedRotaId = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-05-03", RotaApi.Shift(staffId, "2027-05-04", "09:00", "13:00")));
        using var client = await _factory.CookieClientAsync(Roles.Manager);

        var html = await client.GetStringAsync($"/gestion/generer/{Runs.FinishedRunId}");
        var rotaPage = await client.GetStringAsync($"/gestion/plannings/{_factory.Runs.FinishedRotaId}");

        var rules = Regex.Match(html, "id=\"r-rules\">(\\d+)<").Groups[1].Value;
        Assert.NotEqual("0", rules);
        Assert.Contains($"Règles en défaut ({rules})", rotaPage, StringComparison.Ordinal);
        Assert.Matches("id=\"r-short\">154 \\([0-9,]+ heures d&#x27;écoute manquantes\\)<", html);
        Assert.Contains("id=\"r-level\">0 % des appels attendus répondus à temps (objectif 80 %)<", html, StringComparison.Ordinal);
        Assert.Contains("data-finished=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finished_PatienceKnown_SaysTheShareOfCallersWhoWouldHangUp()
    {
        var staffId = await RotaApi.MyStaffIdAsync(_factory);
        _factory.Runs.FinishedRotaId = RotaApi.RotaId(await RotaApi.ImportAsync(_factory, "2027-05-10", RotaApi.Shift(staffId, "2027-05-11", "09:00", "13:00")));
        await CallImports.GaveUpAsync(_factory, 20, 75, "generation");
        using var client = await _factory.CookieClientAsync(Roles.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/gestion/generer/{Runs.FinishedRunId}"));

        // One listener four hours of the week: most callers hang up.
        var share = Regex.Match(html, "<dd id=\"r-abandonment\">(\\d+) % des appelants raccrocheraient avant une réponse \\(objectif : 10 % au plus ; patience estimée : 1 min 10 s\\)</dd>");
        Assert.True(share.Success, html[html.IndexOf("id=\"result\"", StringComparison.Ordinal)..][..600]);
        Assert.InRange(int.Parse(share.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 80, 100);
    }

    public sealed class Factory : ApiFactory
    {
        public Runs Runs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IRotaGenerationPages>(Runs));
        }
    }

    /// <summary>A run service that records what it was asked and reports one run in progress.</summary>
    public sealed class Runs : IRotaGenerationPages
    {
        public static readonly Guid RunId = Guid.Parse("6f1c0a52-0000-4000-8000-000000000001");

        public static readonly Guid FinishedRunId = Guid.Parse("6f1c0a52-0000-4000-8000-000000000002");

        /// <summary>The draft the finished run made (one the test imports).</summary>
        public Guid? FinishedRotaId { get; set; }

        public List<(LocalDate Start, int Weeks)> Started { get; } = [];

        public Task<RotaGenerationStart> StartAsync(LocalDate periodStart, int weeks, string requestedBy, CancellationToken cancellationToken)
        {
            lock (Started)
            {
                Started.Add((periodStart, weeks));
            }

            return Task.FromResult(new RotaGenerationStart(RunId, null));
        }

        public Task<RotaGenerationStart?> ReplanAsync(Guid rotaId, bool keepOthers, string requestedBy, CancellationToken cancellationToken) =>
            Task.FromResult<RotaGenerationStart?>(null);

        public Task<RotaGenerationStatus?> GetStatusAsync(Guid runId, CancellationToken cancellationToken) =>
            Task.FromResult(runId == RunId
                ? new RotaGenerationStatus(RunId, RotaGenerationState.Running, new LocalDate(2026, 12, 7), 2, 1234, 0.125, Duration.FromSeconds(42), null, null)
                : runId == FinishedRunId
                ? new RotaGenerationStatus(FinishedRunId, RotaGenerationState.Succeeded, new LocalDate(2027, 5, 3), 1, 9999, 0.5, Duration.FromSeconds(30), FinishedRotaId, null)
                : null);

        public Task<bool> CancelAsync(Guid runId, CancellationToken cancellationToken) => Task.FromResult(runId == RunId);
    }
}
