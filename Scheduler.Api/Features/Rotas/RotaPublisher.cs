using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Mail;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Publishing: a draft becomes the rota listeners see, any published rota overlapping its period is superseded, and a
/// rota that breaks rules is published only with a reason, which the audit log keeps. When e-mail is on, the people
/// concerned are told (<see cref="RotaPublishedMail"/>), in the same SaveChanges as the publication.
/// </summary>
public sealed class RotaPublisher(SchedulerDbContext db, IRotaChecker checker, IClock clock, RotaPublishedMail mail, NoticePeriod notice)
{
    public async Task<Results<Ok<PublishResponse>, NotFound, ValidationProblem, ProblemHttpResult>> PublishAsync(
        Guid rotaId, PublishRequest? request, string actor, CancellationToken ct)
    {
        var rota = await db.Rotas.Include(r => r.Assignments).FirstOrDefaultAsync(r => r.Id == rotaId, ct);
        if (rota is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        errors.MaxLength("overrideReason", request?.OverrideReason, 1000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (request?.Version is { } version && version != rota.Version)
        {
            return Conflicts.Stale(RotaSummaryResponse.From(rota, rota.Assignments.Count));
        }

        if (rota.Status != RotaStatus.Draft)
        {
            return Conflicts.State($"The rota is {rota.Status}; only a draft can be published.");
        }

        var violations = await checker.CheckAsync(rota, ct);
        var reason = string.IsNullOrWhiteSpace(request?.OverrideReason) ? null : request.OverrideReason.Trim();
        if (violations.Count > 0 && reason is null)
        {
            errors.Add("overrideReason", $"The rota breaks {violations.Count} rule(s); give a reason to publish it anyway.");
            return errors.ToProblem(new Dictionary<string, object?> { ["violations"] = violations });
        }

        var shortNotice = await ShortNoticeChanges.OfPublishingAsync(db, notice, rota, ct);
        var superseded = await db.Rotas
            .Where(r => r.Status == RotaStatus.Published && r.PeriodStart <= rota.PeriodEnd && r.PeriodEnd >= rota.PeriodStart)
            .ToListAsync(ct);
        foreach (var old in superseded)
        {
            old.Status = RotaStatus.Superseded;
            old.Version = Guid.NewGuid();
        }

        var expected = rota.Version;
        rota.Status = RotaStatus.Published;
        rota.PublishedAt = clock.GetCurrentInstant();
        rota.PublishedBy = actor;
        rota.OverrideReason = violations.Count > 0 ? reason : null;
        db.Entry(rota).Property(r => r.Version).OriginalValue = expected;
        rota.Version = Guid.NewGuid();
        db.AuditLog.Add(new AuditEntry
        {
            At = rota.PublishedAt.Value,
            Actor = actor,
            EntityType = "Rota",
            EntityKey = rota.AuditKey,
            Action = "Published",
            After = JsonSerializer.Serialize(new { violations = violations.Select(v => v.Rule).Distinct().ToList(), superseded = superseded.Select(r => r.Id).ToList() }),
            Reason = rota.OverrideReason,
        });
        var emailed = await mail.QueueAsync(rota, superseded, ct);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Rotas.Include(r => r.Assignments).FirstAsync(r => r.Id == rotaId, ct);
            return Conflicts.Stale(RotaSummaryResponse.From(current, current.Assignments.Count));
        }

        return TypedResults.Ok(new PublishResponse(RotaSummaryResponse.From(rota, rota.Assignments.Count), violations, [.. superseded.Select(r => r.Id)], emailed, shortNotice));
    }
}
