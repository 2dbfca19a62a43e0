using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;

namespace Scheduler.Tests.Api;

/// <summary>POST /api/calls/import and POST /api/calls against the real service and its SQLite file.</summary>
public sealed class CallImportApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Header = "call_id,channel,offered_at,answered_at,ended_at,listener_id";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private async Task<T> InDatabaseAsync<T>(Func<SchedulerDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<SchedulerDbContext>());
    }

    [Fact]
    public async Task ImportCsv_SameFileTwice_StoresEachCallOnce()
    {
        using var client = await factory.ClientAsync(Roles.QualityLead);
        var csv = $"{Header}\nidem-1,phone,2026-03-02T09:00:05+01:00,2026-03-02T09:00:41+01:00,2026-03-02T09:14:02+01:00,L07\n"
            + "idem-2,chat,2026-03-02T08:03:00Z,,2026-03-02T08:03:20Z,\n";

        using var first = await client.PostAsync("/api/calls/import", Csv(csv));
        using var second = await client.PostAsync("/api/calls/import", Csv(csv));

        var a = await Json.ReadAsync(first);
        var b = await Json.ReadAsync(second);
        Assert.Equal((2, 0), (a.GetProperty("accepted").GetInt32(), a.GetProperty("unchanged").GetInt32()));
        Assert.Equal((0, 0, 2), (b.GetProperty("accepted").GetInt32(), b.GetProperty("replaced").GetInt32(), b.GetProperty("unchanged").GetInt32()));
        Assert.Equal(2, await InDatabaseAsync(db => db.CallRecords.CountAsync(c => c.CallId.StartsWith("idem-"))));
    }

    [Fact]
    public async Task ImportCsv_CorrectedRecord_ReplacesTheStoredOneAndAuditsTheChange()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        using var _ = await client.PostAsync("/api/calls/import",
            Csv($"{Header}\nfix-1,phone,2026-03-03T10:00:00+01:00,2026-03-03T10:00:30+01:00,2026-03-03T10:10:00+01:00,L01\n"));

        using var response = await client.PostAsync("/api/calls/import",
            Csv($"{Header}\nfix-1,phone,2026-03-03T10:00:00+01:00,2026-03-03T10:00:30+01:00,2026-03-03T10:20:00+01:00,L02\n"));

        var body = await Json.ReadAsync(response);
        Assert.Equal(1, body.GetProperty("replaced").GetInt32());
        var stored = await InDatabaseAsync(db => db.CallRecords.SingleAsync(c => c.CallId == "fix-1"));
        Assert.Equal("L02", stored.ListenerId);
        var audit = await InDatabaseAsync(db => db.AuditLog.Where(e => e.EntityType == "CallRecord" && e.EntityKey == "fix-1").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Contains("L01", entry.Before, StringComparison.Ordinal);
        Assert.Contains("L02", entry.After, StringComparison.Ordinal);
        Assert.Equal("manager@3133.example", entry.Actor);
    }

    [Fact]
    public async Task ImportCsv_BadRows_AreRejectedWithLineNumbersAndGoodRowsKept()
    {
        using var client = await factory.ClientAsync(Roles.QualityLead);
        var csv = $"{Header}\nbad-ok,phone,2026-03-04T09:00:00Z,2026-03-04T09:00:10Z,2026-03-04T09:10:00Z,L1\n"
            + "bad-2,fax,2026-03-04T09:01:00Z,,2026-03-04T09:01:30Z,\n"
            + "bad-3,phone,yesterday,,2026-03-04T09:01:30Z,\n";

        using var response = await client.PostAsync("/api/calls/import", Csv(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        var rejected = body.GetProperty("rejected").EnumerateArray()
            .Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString())).ToList();
        Assert.Equal([(3, "unknown-channel"), (4, "bad-instant")], rejected);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.Equal(0, await InDatabaseAsync(db => db.CallRecords.CountAsync(c => c.CallId == "bad-2" || c.CallId == "bad-3")));
    }

    [Fact]
    public async Task ImportCsv_NotACsvFile_Is400NamingTheExpectedHeaderAndStoresNothing()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        using var form = new MultipartFormDataContent();
        var picture = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        picture.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(picture, "file", "calls.png");
        var before = await InDatabaseAsync(db => db.CallRecords.CountAsync());

        using var response = await client.PostAsync("/api/calls/import", form);

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "file");
        Assert.Contains(Header, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await InDatabaseAsync(db => db.CallRecords.CountAsync()));
    }

    [Fact]
    public async Task ImportCsv_MultipartWithCallerColumns_DropsThemAndNeverStoresTheirValues()
    {
        using var client = await factory.ClientAsync(Roles.QualityLead);
        using var form = new MultipartFormDataContent();
        var csv = "call_id,caller_number,channel,offered_at,answered_at,ended_at,listener_id,caller_name\n"
            + "priv-1,+33612345678,phone,2026-03-05T09:00:00Z,2026-03-05T09:00:10Z,2026-03-05T09:10:00Z,L1,Jeanne Secret\n";
        form.Add(new StringContent(csv, Encoding.UTF8, "text/csv"), "file", "calls.csv");

        using var response = await client.PostAsync("/api/calls/import", form);

        var body = await Json.ReadAsync(response);
        Assert.Equal(["caller_number", "caller_name"], body.GetProperty("droppedColumns").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        // Inspect the database file itself: neither value may be anywhere in it (tables, audit log, free pages).
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(factory.DataDirectory, "scheduler.db"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("33612345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeanne Secret", text, StringComparison.Ordinal);
        Assert.True(await InDatabaseAsync(db => db.CallRecords.AnyAsync(c => c.CallId == "priv-1")));
    }

    [Fact]
    public async Task ImportBatch_Json_StoresGoodCallsAndReportsBadOnesByPosition()
    {
        using var client = await factory.ClientAsync(Roles.Manager);
        var batch = new
        {
            calls = new object[]
            {
                new { callId = "json-1", channel = "email", offeredAt = "2026-03-06T09:00:00Z", answeredAt = "2026-03-06T09:30:00Z", endedAt = "2026-03-06T09:40:00Z", listenerId = "L3" },
                new { callId = "json-2", channel = "phone", offeredAt = "2026-03-06T09:00:00Z", answeredAt = "2026-03-06T08:59:00Z", endedAt = "2026-03-06T09:40:00Z", listenerId = "L3" },
            },
        };

        using var response = await client.PostAsJsonAsync("/api/calls", batch);

        var body = await Json.ReadAsync(response);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        var rejected = Assert.Single(body.GetProperty("rejected").EnumerateArray());
        Assert.Equal((2, "answered-before-offered"), (rejected.GetProperty("line").GetInt32(), rejected.GetProperty("reason").GetString()));
        Assert.Equal(("answered_at is before offered_at.", "answered_at", JsonValueKind.Null),
            (rejected.GetProperty("message").GetString(), rejected.GetProperty("field").GetString(), rejected.GetProperty("value").ValueKind));
        Assert.Equal("email", await InDatabaseAsync(db => db.CallRecords.Where(c => c.CallId == "json-1").Select(c => c.Channel).SingleAsync()));
    }

    [Fact]
    public async Task ImportBatch_Empty_Is400NamingCalls()
    {
        using var client = await factory.ClientAsync(Roles.Manager);

        using var response = await client.PostAsJsonAsync("/api/calls", new { calls = Array.Empty<object>() });

        await Json.AssertProblemNamesAsync(response, HttpStatusCode.BadRequest, "calls");
    }
}
