using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// Stores a rota as a draft. <see cref="CreateAsync(RotaDraft, CancellationToken)"/> takes the solver's domain
/// assignments (the solver's result goes in here); the import endpoint comes through the same checks.
/// </summary>
public sealed class RotaDrafts(SchedulerDbContext db, IClock clock)
{
    public const int MaxWeeks = 6;
    public const int MaxSummaryLength = 256 * 1024;

    /// <summary>A rota to store: whole weeks from a Monday, shifts as the solver's domain types (staff ids are Guids).</summary>
    public sealed record RotaDraft(LocalDate PeriodStart, int Weeks, string Source, string SummaryJson, IReadOnlyList<Assignment> Assignments);

    /// <summary>Stores the draft, or answers the problems found, each naming its field; nothing is stored then.</summary>
    public async Task<(RotaEntity? Rota, FieldErrors Errors)> CreateAsync(RotaDraft draft, CancellationToken cancellationToken)
    {
        var request = new RotaImportRequest(
            draft.PeriodStart,
            draft.Weeks,
            draft.Source,
            JsonDocument.Parse(draft.SummaryJson).RootElement,
            [.. draft.Assignments.Select(a => new AssignmentRequest(
                Guid.TryParse(a.StaffId, out var id) ? id : Guid.Empty, a.Date, a.Start, a.End, a.BreakStart, a.BreakEnd, "phone"))]);
        return await CreateAsync(request, cancellationToken);
    }

    public async Task<(RotaEntity? Rota, FieldErrors Errors)> CreateAsync(RotaImportRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.Required("periodStart", request.PeriodStart);
        errors.DateInRange("periodStart", request.PeriodStart);
        if (request.PeriodStart is { DayOfWeek: not IsoDayOfWeek.Monday })
        {
            errors.Add("periodStart", "Must be a Monday: rotas cover whole weeks.");
        }

        if (request.Weeks is not (>= 1 and <= MaxWeeks))
        {
            errors.Add("weeks", $"From 1 to {MaxWeeks}.");
        }

        errors.MaxLength("source", request.Source, 50);
        var summary = request.Summary is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } s ? s.GetRawText() : "{}";
        if (summary.Length > MaxSummaryLength)
        {
            errors.Add("summary", $"At most {MaxSummaryLength} characters of JSON.");
        }

        if (request.Assignments is null)
        {
            errors.Add("assignments", "Required (it may be empty).");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var start = request.PeriodStart!.Value;
        var end = start.PlusDays((7 * request.Weeks!.Value) - 1);
        var active = (await db.Staff.Where(p => p.IsActive).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        for (var i = 0; i < request.Assignments!.Count; i++)
        {
            ShiftValidation.Check(errors, $"assignments[{i}].", request.Assignments[i], start, end, active);
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var rota = new RotaEntity
        {
            Id = Guid.NewGuid(),
            PeriodStart = start,
            PeriodEnd = end,
            Status = RotaStatus.Draft,
            Source = string.IsNullOrWhiteSpace(request.Source) ? "import" : request.Source.Trim(),
            SummaryJson = summary,
            CreatedAt = clock.GetCurrentInstant(),
        };
        rota.Assignments.AddRange(request.Assignments.Select(a => new AssignmentEntity
        {
            Id = Guid.NewGuid(),
            RotaId = rota.Id,
            StaffId = a!.StaffId!.Value,
            Date = a.Date!.Value,
            Start = a.Start!.Value,
            End = a.End!.Value,
            BreakStart = a.BreakStart,
            BreakEnd = a.BreakEnd,
            Channel = a.Channel ?? "phone",
        }));
        db.Rotas.Add(rota);
        await db.SaveChangesAsync(cancellationToken);
        return (rota, errors);
    }
}
