using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>/qualite/import: a call-record CSV posted from the page as a browser posts it, stored through the API's import.</summary>
public sealed class CallImportPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Page = "/qualite/import";
    private const string Header = "call_id,channel,offered_at,answered_at,ended_at,listener_id";

    [Fact]
    public async Task GoodRowsAndABadOne_ShowsTheCountsAndTheBadLine_AndStoresTheGoodRows()
    {
        using var client = await factory.CookieClientAsync(Roles.QualityLead);
        var csv = "call_id,caller_number,channel,offered_at,answered_at,ended_at,listener_id\n"
            + "page-1,0601020304,phone,2026-11-23T09:00:05+01:00,2026-11-23T09:00:41+01:00,2026-11-23T09:14:02+01:00,L07\n"
            + "page-2,0605060708,chat,2026-11-23T10:03:00+01:00,,2026-11-23T10:03:20+01:00,\n"
            + "page-3,0609101112,fax,2026-11-23T11:00:00+01:00,,2026-11-23T11:00:30+01:00,\n";

        using var response = await UploadAsync(client, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("2 appels ajoutés, 0 appel corrigé remplacé, 0 appel déjà importé inchangé, 1 ligne refusée.", html, StringComparison.Ordinal);
        var rejected = Section(html, "id=\"rejected-rows\"");
        Assert.Contains("<th scope=\"row\">4</th><td>page-3</td><td>Canal inconnu</td>", rejected, StringComparison.Ordinal);
        Assert.Contains("<td>Le canal « fax » n'est pas reconnu : phone, chat ou email attendu.</td>", rejected, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=\"en\"", rejected, StringComparison.Ordinal);
        Assert.DoesNotContain("is not phone, chat or email", rejected, StringComparison.Ordinal);
        Assert.Contains("Colonnes écartées parce qu'elles identifient l'appelant·e : caller_number. Ces colonnes ne sont jamais lues ni enregistrées.", html, StringComparison.Ordinal);
        Assert.Contains("toutes les 15 minutes", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"beyond-catch-up\"", html, StringComparison.Ordinal);
        var stored = await factory.InDatabaseAsync(db => db.CallRecords.Where(c => c.CallId.StartsWith("page-")).Select(c => c.CallId).OrderBy(id => id).ToListAsync());
        Assert.Equal(["page-1", "page-2"], stored);
    }

    [Fact]
    public async Task BadRow_OnTheEnglishPage_HasItsDetailInEnglish()
    {
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        using var response = await UploadAsync(client, Header + "\nen-1,phone,2026-11-23T09:00:05+01:00,,,\n", Page + "?culture=en-GB");

        var rejected = Section(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), "id=\"rejected-rows\"");
        Assert.Contains("<td>Unreadable date and time</td>", rejected, StringComparison.Ordinal);
        Assert.Contains("<td>The ended_at column is empty: the date and time are required there.</td>", rejected, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=\"en\"", rejected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyBadRowsAndOldCalls_ShowsTheFirstHundredAndSaysTheJobWillNotReachThem()
    {
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var csv = new StringBuilder(Header).Append('\n')
            .Append("old-1,phone,2026-03-02T09:00:05+01:00,,2026-03-02T09:01:00+01:00,\n");
        for (var i = 0; i < 102; i++)
        {
            csv.Append("old-bad-").Append(i).Append(",phone,yesterday,,2026-03-02T09:01:00+01:00,\n");
        }

        using var response = await UploadAsync(client, csv.ToString());

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Les 100 premières lignes refusées, sur 102", html, StringComparison.Ordinal);
        Assert.Contains("2 autres lignes refusées ne sont pas affichées.", html, StringComparison.Ordinal);
        Assert.Equal(100, Section(html, "id=\"rejected-rows\"").Split("Date et heure illisibles").Length - 1);
        Assert.Equal(100, Section(html, "id=\"rejected-rows\"").Split("« yesterday » dans offered_at n'est pas une date et heure ISO 8601").Length - 1);
        // 62 days before Wednesday 25/11/2026 10:00.
        Assert.Contains("Certains appels sont antérieurs au 24/09/2026", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotACallRecordFile_IsAFieldErrorAndStoresNothing()
    {
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        using var response = await UploadAsync(client, "call_id;channel;offered_at;answered_at;ended_at;listener_id\nsemi-1;phone;2026-11-23T09:00:05+01:00;;2026-11-23T09:01:00+01:00;\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"err-file\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"err-file\">", html, StringComparison.Ordinal);
        Assert.Contains("Ce fichier n'est pas un export d'appels au format CSV", Section(html, "id=\"err-file\""), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"import-counts\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await factory.InDatabaseAsync(db => db.CallRecords.CountAsync(c => c.CallId.StartsWith("semi-"))));
    }

    [Fact]
    public async Task NoFile_IsAFieldError()
    {
        using var client = await factory.CookieClientAsync(Roles.QualityLead);
        var token = PageForms.Token(await client.GetStringAsync(Page));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };

        using var response = await client.PostAsync(Page, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez un fichier CSV à importer.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileOverTheLimit_ComesBackToThePageWithAFieldError()
    {
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        using var response = await UploadAsync(client, Header + "\n" + new string('x', 30_000_001), Page + "?culture=en-GB");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal(Page + "?culture=en-GB&erreur=taille", location);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(location));
        Assert.Contains("The file is larger than 30 MB: nothing was imported.", Section(html, "id=\"err-file\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listener_IsDenied_AndAnonymous_IsSentToSignIn()
    {
        using var listener = await factory.CookieClientAsync(Roles.Listener);
        using var denied = await listener.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/acces-refuse", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signIn = await anonymous.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/connexion", signIn.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishPage_ReadsInEnglish_AndTheQualityPageLinksToIt()
    {
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Page + "?culture=en-GB"));

        Assert.Contains("<h1>Import calls</h1>", html, StringComparison.Ordinal);
        Assert.Contains("the first line names the columns call_id,channel,offered_at,answered_at,ended_at,listener_id", html, StringComparison.Ordinal);
        Assert.Contains("accept=\".csv,text/csv\"", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Importer des appels", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/qualite/import\"", await client.GetStringAsync("/qualite"), StringComparison.Ordinal);
    }

    /// <summary>Reads the page for its antiforgery token, then posts <paramref name="csv"/> as the form's file.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, string page = Page)
    {
        var token = PageForms.Token(await client.GetStringAsync(page));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "appels.csv");
        return await client.PostAsync(page, form);
    }

    /// <summary>From <paramref name="marker"/> to the end of its element's block, enough to assert on one table or field.</summary>
    private static string Section(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{marker} not found");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        var span = html.IndexOf("</span>", start, StringComparison.Ordinal);
        var stop = new[] { end, span }.Where(i => i > start).DefaultIfEmpty(html.Length).Min();
        return html[start..stop];
    }
}
