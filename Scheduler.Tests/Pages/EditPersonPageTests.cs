using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Auth;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>"Modifier la fiche": a manager changes a person's name, e-mail and channels; the contract and training stay.</summary>
public sealed class EditPersonPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Save_NewNameEmailAndChannel_IsStoredAndTheContractsStay()
    {
        var id = await NewPersonAsync("Inès Ancien-Nom");
        var contractsBefore = await factory.InDatabaseAsync(db => db.Contracts.CountAsync(c => c.StaffId == id));
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var version = await VersionOnFormAsync(client, id);

        using var saved = await PostAsync(client, id, "Inès Nouveau-Nom", "ines@3133.example", version, "phone", "chat");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Fiche enregistrée.", WebUtility.HtmlDecode(await client.GetStringAsync(saved.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        var person = await factory.InDatabaseAsync(db => db.Staff.Include(s => s.Skills).SingleAsync(s => s.Id == id));
        Assert.Equal(("Inès Nouveau-Nom", "ines@3133.example"), (person.Name, person.Email));
        Assert.Equal(["chat", "phone"], person.Skills.Select(s => s.Channel).Order(StringComparer.Ordinal));
        Assert.Equal(contractsBefore, await factory.InDatabaseAsync(db => db.Contracts.CountAsync(c => c.StaffId == id)));
    }

    [Fact]
    public async Task Save_NoNameAndABadEmail_ErrorsBesideTheFieldsAndNothingChanged()
    {
        var id = await NewPersonAsync("Igor Inchangé");
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var version = await VersionOnFormAsync(client, id);

        using var refused = await PostAsync(client, id, "", "pas-une-adresse", version, "phone");

        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual("", PageForms.FieldError(html, "err-name"));
        Assert.NotEqual("", PageForms.FieldError(html, "err-email"));
        Assert.Equal("Igor Inchangé", await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == id).Select(s => s.Name).SingleAsync()));
    }

    [Fact]
    public async Task Save_AfterAnotherManagerSaved_ShowsTheirValuesAndKeepsThem()
    {
        var id = await NewPersonAsync("Iris Première");
        using var client = await factory.CookieClientAsync(Roles.Manager);
        var oldVersion = await VersionOnFormAsync(client, id);
        using var api = await factory.ClientAsync(Roles.Manager);
        var current = await api.GetFromJsonAsync<JsonElement>($"/api/staff/{id}");
        (await api.PutAsJsonAsync($"/api/staff/{id}", new
        {
            name = "Iris Seconde", role = "Listener", weeklyHours = current.GetProperty("weeklyHours").GetDecimal(), channels = new[] { "phone" }, version = current.GetProperty("version").GetGuid(),
        })).Dispose();

        using var stale = await PostAsync(client, id, "Iris Troisième", "", oldVersion, "phone");

        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Un·e autre responsable a modifié cette fiche entre-temps", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Iris Seconde\"", html, StringComparison.Ordinal);
        Assert.Equal("Iris Seconde", await factory.InDatabaseAsync(db => db.Staff.Where(s => s.Id == id).Select(s => s.Name).SingleAsync()));
    }

    private async Task<Guid> NewPersonAsync(string name)
    {
        using var api = await factory.ClientAsync(Roles.Manager);
        using var created = await api.PostAsJsonAsync("/api/staff", new { name, role = "Listener", weeklyHours = 24, channels = new[] { "phone" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await Json.ReadAsync(created)).GetProperty("id").GetGuid();
    }

    private static async Task<string> VersionOnFormAsync(HttpClient client, Guid id)
    {
        var html = await client.GetStringAsync($"/gestion/equipe/{id}/modifier");
        return System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string name, string email, string version, params string[] channels)
    {
        var fields = new Dictionary<string, string> { ["Name"] = name, ["Email"] = email, ["Version"] = version };
        for (var i = 0; i < channels.Length; i++)
        {
            fields[$"Channels[{i}]"] = channels[i];
        }

        return PageForms.PostAsync(client, $"/gestion/equipe/{id}/modifier", fields);
    }
}
