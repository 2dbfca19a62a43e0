using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, changed or removed staff or rota row in the same transaction as
/// the change itself, so the log cannot miss a change; and refuses any update or deletion of the log.
/// </summary>
public sealed class AuditInterceptor(IClock clock, IHttpContextAccessor httpContext) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
    {
        // Names are read by people in the log: keep "é" as "é" (the text is stored, never embedded in HTML).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only.");
        }

        var now = clock.GetCurrentInstant();
        var actor = httpContext.HttpContext?.User.Identity?.Name ?? "system";
        var entries = context.ChangeTracker.Entries<IAudited>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new AuditEntry
            {
                At = now,
                Actor = actor,
                EntityType = e.Metadata.ClrType.Name.Replace("Entity", "", StringComparison.Ordinal),
                EntityKey = e.Entity.AuditKey,
                Action = e.State.ToString(),
                Before = e.State == EntityState.Added ? null : Serialize(e.OriginalValues),
                After = e.State == EntityState.Deleted ? null : Serialize(e.CurrentValues),
            })
            .ToList();
        context.Set<AuditEntry>().AddRange(entries);
    }

    private static string Serialize(PropertyValues values) =>
        JsonSerializer.Serialize(values.Properties.ToDictionary(p => p.Name, p => values[p]), Json);
}
