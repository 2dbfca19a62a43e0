using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Cli;
using Scheduler.Api.Rostering;

namespace Scheduler.Tests.Api;

public sealed class RotaFileExportTests(ApiFactory factory) : IClassFixture<ApiFactory>, IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("rota-file-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task File_RotaWithABrokenRule_TheCommandLineFindsWhatPublishingFound()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        var rota = await RotaApi.ImportAsync(factory, "2026-12-14",
            RotaApi.Shift(me, "2026-12-14", "09:00", "17:00", "12:00", "12:45"),
            RotaApi.Shift(me, "2026-12-15", "16:00", "21:00"));
        using var published = await RotaApi.PublishAsync(factory, RotaApi.RotaId(rota));
        var serviceViolations = (await Json.ReadAsync(published)).GetProperty("violations").EnumerateArray()
            .Select(v => $"{v.GetProperty("date").GetString()} {v.GetProperty("rule").GetString()} {v.GetProperty("staffId").GetString() ?? "-"}").Order().ToList();
        using var manager = await factory.ClientAsync(Roles.Manager);
        var staff = await manager.GetFromJsonAsync<JsonElement>("/api/staff");

        using var response = await manager.GetAsync($"/api/rotas/{RotaApi.RotaId(rota)}/file");
        var text = await response.Content.ReadAsStringAsync();
        var file = RotaDocument.Read(text);
        var path = Path.Combine(directory, "rota.json");
        await File.WriteAllTextAsync(path, text);
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CommandLineApp.RunAsync(["validate", path], output, error);
        var lines = output.ToString().TrimEnd().Split('\n');
        var cliViolations = lines[..^1].Select(l => l.Split(' ')).Select(p => $"{p[0]} {p[2]} {p[3].TrimEnd(':')}").Order().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rota-2026-12-14-1w.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(new LocalDate(2026, 12, 14), file.Problem.Start);
        Assert.Equal(1, file.Problem.Weeks);
        Assert.Equal(staff.GetArrayLength(), file.Problem.Staff.Count);
        Assert.Equal(2, file.Assignments.Count);
        // A hand-made week breaks the cover and contract rules everywhere, and the late shift is past closing time.
        Assert.Contains($"2026-12-15 opening-hours {me}", serviceViolations);
        Assert.Equal(serviceViolations, cliViolations);
        Assert.Equal(1, exit);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task File_UnknownRota_Answers404()
    {
        using var manager = await factory.ClientAsync(Roles.Manager);

        using var response = await manager.GetAsync($"/api/rotas/{Guid.NewGuid()}/file");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
