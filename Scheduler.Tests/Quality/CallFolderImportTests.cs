using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Scheduler.Api.Auth;
using Scheduler.Api.Features.Calls;
using Scheduler.Api.Jobs;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Quality;

/// <summary>
/// The import folder: files the telephony drops are imported by the minute job as an upload would be, then put away with
/// their result; a file that is not call records is refused whole; one left mid-import is taken again without doubling.
/// </summary>
public sealed class CallFolderImportTests(CallFolderApiFactory factory) : IClassFixture<CallFolderApiFactory>
{
    private const string Header = CallCsvParser.ExpectedHeader;

    [Fact]
    public async Task DroppedFile_ImportedThenPutAwayWithItsResult()
    {
        factory.Drop("export-a.csv", $"{Header}\nfolder-1,phone,2026-11-24T09:00:05+01:00,2026-11-24T09:00:41+01:00,2026-11-24T09:14:02+01:00,L07\n"
            + "folder-2,fax,2026-11-24T09:01:00Z,,2026-11-24T09:01:30Z,\n");

        var result = Assert.Single(await factory.RunFolderImportAsync(), r => r.FileName == "export-a.csv");

        Assert.Equal((1, 0, 0, 1, (string?)null), (result.Accepted, result.Replaced, result.Unchanged, result.RejectedCount, result.Refusal));
        Assert.Equal((3, "unknown-channel"), (Assert.Single(result.Rejected).Line, result.Rejected[0].Reason));
        Assert.Equal(1, await factory.InDatabaseAsync(db => db.CallRecords.CountAsync(c => c.CallId.StartsWith("folder-"))));
        Assert.False(File.Exists(Path.Combine(factory.Folder, "export-a.csv")));
        var imported = Path.Combine(factory.Folder, "imported", result.StoredAs);
        Assert.True(File.Exists(imported), "the file is kept under imported/");
        Assert.EndsWith("-export-a.csv", result.StoredAs, StringComparison.Ordinal);
        using var written = JsonDocument.Parse(await File.ReadAllTextAsync(imported + CallFolderResult.Suffix));
        Assert.Equal(1, written.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal("unknown-channel", written.RootElement.GetProperty("rejected")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task NotCallRecords_RefusedWholeAndNothingStored()
    {
        factory.Drop("export-b.csv", "date;appels\n2026-11-24;12\n");

        var result = Assert.Single(await factory.RunFolderImportAsync(), r => r.FileName == "export-b.csv");

        Assert.NotNull(result.Refusal);
        Assert.Equal(0, result.Accepted);
        Assert.True(File.Exists(Path.Combine(factory.Folder, "refused", result.StoredAs)));
        Assert.True(File.Exists(Path.Combine(factory.Folder, "refused", result.StoredAs + CallFolderResult.Suffix)));
    }

    [Fact]
    public async Task LeftInProcessing_ImportedAgainWithoutDoubling_AndOtherFilesWait()
    {
        const string Csv = $"{Header}\nagain-1,phone,2026-11-24T10:00:00Z,2026-11-24T10:00:20Z,2026-11-24T10:12:00Z,L03\n";
        factory.Drop("export-c.csv", Csv);
        await factory.RunFolderImportAsync();
        // A stop mid-import leaves the same file in processing/; a half-written drop and another format wait where they are.
        Directory.CreateDirectory(Path.Combine(factory.Folder, "processing"));
        await File.WriteAllTextAsync(Path.Combine(factory.Folder, "processing", "export-c.csv"), Csv);
        await File.WriteAllTextAsync(Path.Combine(factory.Folder, ".export-d.csv"), Csv);
        await File.WriteAllTextAsync(Path.Combine(factory.Folder, "export-e.txt"), Csv);

        var result = Assert.Single(await factory.RunFolderImportAsync(), r => r.FileName == "export-c.csv");

        Assert.Equal((0, 1), (result.Accepted, result.Unchanged));
        Assert.Equal(1, await factory.InDatabaseAsync(db => db.CallRecords.CountAsync(c => c.CallId == "again-1")));
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.Folder, "processing")));
        Assert.True(File.Exists(Path.Combine(factory.Folder, ".export-d.csv")));
        Assert.True(File.Exists(Path.Combine(factory.Folder, "export-e.txt")));
    }

    [Fact]
    public async Task ImportPage_WithAFolder_ListsTheLastFilesHandled()
    {
        factory.Drop("export-f.csv", $"{Header}\npage-1,phone,2026-11-24T11:00:00Z,2026-11-24T11:00:20Z,2026-11-24T11:12:00Z,L03\n");
        factory.Drop("export-g.csv", "pas un export\n");
        await factory.RunFolderImportAsync();
        using var client = await factory.CookieClientAsync(Roles.QualityLead);

        var html = Regex.Replace(WebUtility.HtmlDecode(await client.GetStringAsync("/qualite/import")), @">\s+<", "><");

        Assert.Contains("Import automatique", html, StringComparison.Ordinal);
        Assert.Contains($"Les fichiers .csv déposés dans le dossier {factory.Folder}", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">export-f.csv</th><td>25/11/2026 10:00</td><td>1 appel ajouté", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">export-g.csv</th><td>25/11/2026 10:00</td><td>Refusé en entier : Ce fichier n'est pas un export d'appels", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderJob_WithAFolder_IsScheduledEveryMinute()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(CallFolderJob.Key));

        Assert.Equal(MailOutboxJob.EveryMinuteCron, Assert.IsAssignableFrom<ICronTrigger>(trigger).CronExpressionString);
    }
}
