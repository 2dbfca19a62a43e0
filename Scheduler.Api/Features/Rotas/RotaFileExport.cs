using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Scheduler.Api.Data;
using Scheduler.Api.Rostering;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// A stored rota as a rota file, the command line's format: the problem of its period as stored now (staff, absences,
/// demand, history, the published rota it would re-plan), its shifts and its solve summary. `validate` then checks it away
/// from the service, and `solve --problem` plans its period as the service would, to reproduce or compare a solve.
/// </summary>
public static class RotaFileExport
{
    public const string ContentType = "application/json";

    /// <summary>The file's bytes (UTF-8) and name, or null for an unknown rota.</summary>
    public static async Task<(byte[] Content, string Name)?> BuildAsync(Guid id, SchedulerDbContext db, RotaProblemFactory problems, CancellationToken ct)
    {
        var rota = await db.Rotas.AsNoTracking().Include(r => r.Assignments).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rota is null)
        {
            return null;
        }

        var problem = await problems.BuildAsync(rota.PeriodStart, Math.Max(1, rota.Weeks), ct);
        var summary = JsonNode.Parse(rota.SummaryJson) as JsonObject;
        var text = RotaDocument.Write(problem, [.. rota.Assignments.Select(a => a.ToDomain())], summary is { Count: > 0 } ? summary : null);
        return (Encoding.UTF8.GetBytes(text), string.Create(CultureInfo.InvariantCulture, $"rota-{rota.PeriodStart:yyyy-MM-dd}-{rota.Weeks}w.json"));
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        Guid id, SchedulerDbContext db, RotaProblemFactory problems, CancellationToken ct) =>
        await BuildAsync(id, db, problems, ct) is { } file ? TypedResults.File(file.Content, ContentType, file.Name) : TypedResults.NotFound();
}
