using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;

namespace Scheduler.Tests.Api;

public sealed class StaffTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static object NewPerson(string name, decimal weeklyHours = 24) =>
        new { name, role = "Listener", weeklyHours, isTrained = true, channels = new[] { "phone", "chat" } };

    [Fact]
    public async Task List_Seeded_AnswersTwentyFourActivePeopleWithContractHours()
    {
        using var client = await factory.ClientAsync(Roles.QualityLead);

        var staff = await client.GetFromJsonAsync<JsonElement>("/api/staff");

        Assert.Equal(24, staff.GetArrayLength());
        var hours = staff.EnumerateArray().Select(s => s.GetProperty("weeklyHours").GetDecimal()).ToList();
        Assert.Equal(12, hours.Count(h => h == 35));
        Assert.All(staff.EnumerateArray(), s => Assert.True(s.GetProperty("isActive").GetBoolean()));
    }

    [Fact]
    public async Task Create_ValidPerson_Answers201AndCanBeReadBack()
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var created = await client.PostAsJsonAsync("/api/staff", NewPerson("Zoé Nouvelle", 28));
        var body = await Json.ReadAsync(created);
        var fetched = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(body.GetProperty("id").GetGuid(), fetched.GetProperty("id").GetGuid());
        Assert.Equal("Zoé Nouvelle", fetched.GetProperty("name").GetString());
        Assert.Equal("Listener", fetched.GetProperty("role").GetString());
        Assert.Equal(28m, fetched.GetProperty("weeklyHours").GetDecimal());
        Assert.Equal(["chat", "phone"], fetched.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Update_NewHoursOnTheContractsFirstDay_ChangesThatContract()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var person = await CreateAsync(client, "Yanis Horaire");

        using var updated = await client.PutAsJsonAsync($"/api/staff/{Id(person)}",
            new { name = "Yanis Horaire", role = "Listener", weeklyHours = 30, version = person.GetProperty("version").GetGuid() });
        var contracts = await client.GetFromJsonAsync<JsonElement>($"/api/staff/{Id(person)}/contracts");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(30m, (await Json.ReadAsync(updated)).GetProperty("weeklyHours").GetDecimal());
        Assert.Equal(1, contracts.GetArrayLength());
        Assert.Equal("2026-11-25", contracts[0].GetProperty("validFrom").GetString());
    }

    [Fact]
    public async Task Update_SameHours_KeepsTheExtraHoursAllowedAndTheContractPlannedLater()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var person = await CreateAsync(client, "Yasmine Avenant");
        (await client.PostAsJsonAsync($"/api/staff/{Id(person)}/contracts", new { validFrom = "2026-11-25", weeklyHours = 24, extraMinutesAllowed = 120 })).Dispose();
        (await client.PostAsJsonAsync($"/api/staff/{Id(person)}/contracts", new { validFrom = "2027-01-01", weeklyHours = 28 })).Dispose();
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/staff/{Id(person)}")).GetProperty("version").GetGuid();

        using var renamed = await client.PutAsJsonAsync($"/api/staff/{Id(person)}",
            new { name = "Yasmine Avenant-Roux", role = "Listener", weeklyHours = 24, channels = new[] { "phone" }, version });
        var contracts = (await client.GetFromJsonAsync<JsonElement>($"/api/staff/{Id(person)}/contracts")).EnumerateArray()
            .Select(c => (c.GetProperty("validFrom").GetString(), c.GetProperty("weeklyHours").GetDecimal(), c.GetProperty("extraMinutesAllowed").GetInt32())).ToList();

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal([("2026-11-25", 24m, 120), ("2027-01-01", 28m, 0)], contracts);
    }

    [Fact]
    public async Task AddContract_LaterStart_EndsTheCurrentOneTheDayBefore()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var person = await CreateAsync(client, "Yvette Avenant");

        using var response = await client.PostAsJsonAsync($"/api/staff/{Id(person)}/contracts", new { validFrom = "2027-01-01", weeklyHours = 28 });
        var contracts = await Json.ReadAsync(response);
        var staff = await client.GetFromJsonAsync<JsonElement>($"/api/staff/{Id(person)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, contracts.GetArrayLength());
        Assert.Equal("2026-12-31", contracts[0].GetProperty("validTo").GetString());
        Assert.Equal(28m, contracts[1].GetProperty("weeklyHours").GetDecimal());
        Assert.Equal(24m, staff.GetProperty("weeklyHours").GetDecimal());
    }

    [Fact]
    public async Task Update_StaleVersion_Answers409WithTheCurrentValuesAndKeepsTheFirstEdit()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var person = await CreateAsync(client, "Xavier Concurrent");
        var version = person.GetProperty("version").GetGuid();

        using var first = await client.PutAsJsonAsync($"/api/staff/{Id(person)}", new { name = "Xavier Premier", role = "Listener", weeklyHours = 24, version });
        using var second = await client.PutAsJsonAsync($"/api/staff/{Id(person)}", new { name = "Xavier Second", role = "Listener", weeklyHours = 24, version });
        var conflict = await Json.ReadAsync(second);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/staff/{Id(person)}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Xavier Premier", conflict.GetProperty("current").GetProperty("name").GetString());
        Assert.NotEqual(version, conflict.GetProperty("current").GetProperty("version").GetGuid());
        Assert.Equal("Xavier Premier", stored.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Deactivate_Person_HidesFromDefaultListButKeepsTheRecord()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var person = await CreateAsync(client, "Wendy Départ");

        using var response = await client.PostAsync($"/api/staff/{Id(person)}/deactivate", null);
        var active = await client.GetFromJsonAsync<JsonElement>("/api/staff");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/staff?includeInactive=true");
        var fetched = await client.GetFromJsonAsync<JsonElement>($"/api/staff/{Id(person)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(active.EnumerateArray(), s => s.GetProperty("id").GetGuid() == Id(person));
        Assert.Contains(all.EnumerateArray(), s => s.GetProperty("id").GetGuid() == Id(person));
        Assert.False(fetched.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task Update_Person_WritesAnAuditEntryWithBeforeAndAfter()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var person = await CreateAsync(client, "Victor Avant");

        using var response = await client.PutAsJsonAsync($"/api/staff/{Id(person)}",
            new { name = "Victor Après", role = "Listener", weeklyHours = 24, version = person.GetProperty("version").GetGuid() });

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var key = Id(person).ToString();
        var entry = await db.AuditLog.Where(a => a.EntityType == "Staff" && a.EntityKey == key && a.Action == "Modified").SingleAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("manager@3133.example", entry.Actor);
        Assert.Contains("Victor Avant", entry.Before, StringComparison.Ordinal);
        Assert.Contains("Victor Après", entry.After, StringComparison.Ordinal);
        Assert.Equal(ApiFactory.Now, entry.At);
    }

    [Fact]
    public async Task AuditEndpoint_PersonWithAContractChange_ListsTheStaffAndContractRowsNewestFirst()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var person = await CreateAsync(client, "Tristan Trace");
        (await client.PostAsJsonAsync($"/api/staff/{Id(person)}/contracts", new { validFrom = "2027-02-01", weeklyHours = 28 })).Dispose();

        var entries = await client.GetFromJsonAsync<JsonElement>($"/api/audit?entityKey={Id(person)}");
        using var tooMany = await client.GetAsync("/api/audit?take=100000");

        var types = entries.EnumerateArray().Select(e => e.GetProperty("entityType").GetString()).ToList();
        Assert.Contains("Staff", types);
        Assert.Contains("Contract", types);
        var ids = entries.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        await Json.AssertProblemNamesAsync(tooMany, HttpStatusCode.BadRequest, "take");
    }

    [Fact]
    public async Task AuditLog_ChangingAnEntry_IsRefused()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        var entry = await db.AuditLog.FirstAsync();

        entry.Actor = "someone else";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Absences_ManagerAddsAndDeletes_ListFollows()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var person = await CreateAsync(client, "Ursule Absente");

        using var added = await client.PostAsJsonAsync($"/api/staff/{Id(person)}/absences", new { from = "2026-12-01", to = "2026-12-03", kind = "Sickness" });
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/staff/{Id(person)}/absences");
        using var deleted = await client.DeleteAsync(added.Headers.Location);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/staff/{Id(person)}/absences");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("Sickness", listed[0].GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, after.GetArrayLength());
    }

    private static Guid Id(JsonElement person) => person.GetProperty("id").GetGuid();

    private static async Task<JsonElement> CreateAsync(HttpClient client, string name)
    {
        using var response = await client.PostAsJsonAsync("/api/staff", NewPerson(name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json.ReadAsync(response);
    }
}
