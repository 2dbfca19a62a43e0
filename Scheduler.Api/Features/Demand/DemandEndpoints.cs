using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;
using Scheduler.Api.Features.Staff;

namespace Scheduler.Api.Features.Demand;

/// <summary>One weekday × half-hour of the weekly demand profile on one channel.</summary>
public sealed record DemandSlotDto(IsoDayOfWeek? Day, LocalTime? Start, string? Channel, double? ExpectedContacts, int? RequiredListeners);

/// <summary>The profile forecast from the call records: the weeks averaged (their Mondays, most recent first), their calls, the new rows.</summary>
public sealed record DemandForecastResponse(IReadOnlyList<LocalDate> WeeksUsed, int Calls, IReadOnlyList<DemandSlotDto?> Slots);

/// <summary>The weekly demand profile the solver plans against (rows for single dates are left as they are).</summary>
public sealed record DemandProfileDto(IReadOnlyList<DemandSlotDto?>? Slots);

/// <summary>The weekly demand profile and where it came from.</summary>
public sealed record DemandProfileResponse(IReadOnlyList<DemandSlotDto?> Slots, DemandSource Source);

/// <summary><c>/api/demand</c>: managers read and replace the weekly demand profile.</summary>
public static class DemandEndpoints
{
    public const int MaxListeners = 100;

    public static RouteGroupBuilder MapDemandEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/demand").WithTags("Demand").RequireAuthorization(Policies.Manager);
        group.MapGet("/", GetAsync).WithName("GetDemand");
        group.MapPut("/", PutAsync);
        group.MapPost("/forecast", ForecastAsync);
        return group;
    }

    /// <summary>
    /// Replaces the weekly profile with the forecast from the stored phone calls (<see cref="DemandFromCalls"/>): 200 with
    /// the weeks averaged, their calls and the new profile; 409, changing nothing, when no whole week is recorded.
    /// </summary>
    public static async Task<Results<Ok<DemandForecastResponse>, ProblemHttpResult>> ForecastAsync(
        SchedulerDbContext db, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var refresh = await DemandFromCalls.ReplaceAsync(db, clock, user.Identity?.Name, ct);
        return refresh.Replaced
            ? TypedResults.Ok(new DemandForecastResponse(refresh.WeeksUsed, refresh.Calls, (await GetAsync(db, ct)).Value!.Slots!))
            : Conflicts.State("No whole week of phone calls is recorded in the 4 weeks before this one: the demand is unchanged.");
    }

    public static async Task<Ok<DemandProfileResponse>> GetAsync(SchedulerDbContext db, CancellationToken ct)
    {
        var rows = await db.Demand.Where(d => d.Date == null).ToListAsync(ct);
        var slots = rows.OrderBy(r => r.Day).ThenBy(r => r.SlotStart).ThenBy(r => r.Channel, StringComparer.Ordinal)
            .Select(r => new DemandSlotDto(r.Day, r.SlotStart, r.Channel, r.ExpectedContacts, r.RequiredListeners));
        return TypedResults.Ok(new DemandProfileResponse([.. slots], await DemandSource.CurrentAsync(db, ct)));
    }

    /// <summary>Replaces the weekly profile by hand: recorded as such, so the Monday forecast no longer replaces it.</summary>
    public static async Task<Results<Ok<DemandProfileResponse>, ValidationProblem>> PutAsync(
        DemandProfileDto request, SchedulerDbContext db, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = Check(request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Demand.RemoveRange(await db.Demand.Where(d => d.Date == null).ToListAsync(ct));
        db.Demand.AddRange(request.Slots!.Select(s => new DemandEntity
        {
            Id = Guid.NewGuid(),
            Day = s!.Day!.Value,
            SlotStart = s.Start!.Value,
            Channel = s.Channel!,
            ExpectedContacts = s.ExpectedContacts ?? 0,
            RequiredListeners = s.RequiredListeners!.Value,
        }));
        DemandSource.Record(db, DemandOrigin.Manual, clock.GetCurrentInstant(), user.Identity?.Name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok((await GetAsync(db, ct)).Value!);
    }

    private static FieldErrors Check(DemandProfileDto request)
    {
        var errors = new FieldErrors();
        if (request.Slots is null)
        {
            errors.Add("slots", "Required (it may be empty: then only the floor minimum is planned).");
            return errors;
        }

        var seen = new HashSet<(IsoDayOfWeek, LocalTime, string)>();
        for (var i = 0; i < request.Slots.Count; i++)
        {
            var prefix = $"slots[{i}].";
            if (request.Slots[i] is not { } slot)
            {
                errors.Add($"slots[{i}]", "Required.");
                continue;
            }

            if (slot.Day is null or IsoDayOfWeek.None)
            {
                errors.Add(prefix + "day", "Required: Monday to Sunday.");
            }

            errors.Required(prefix + "start", slot.Start);
            if (slot.Start is { } start && (start.Minute % 30 != 0 || start.Second != 0 || start.TickOfSecond != 0))
            {
                errors.Add(prefix + "start", "Must start a half-hour (HH:00 or HH:30).");
            }

            if (slot.Channel is null || !StaffValidation.KnownChannels.Contains(slot.Channel))
            {
                errors.Add(prefix + "channel", $"One of: {string.Join(", ", StaffValidation.KnownChannels)}.");
            }

            if (slot.ExpectedContacts is { } calls && (!double.IsFinite(calls) || calls < 0 || calls > 100_000))
            {
                errors.Add(prefix + "expectedContacts", "From 0 to 100000.");
            }

            errors.Required(prefix + "requiredListeners", slot.RequiredListeners);
            if (slot.RequiredListeners is < 0 or > MaxListeners)
            {
                errors.Add(prefix + "requiredListeners", $"From 0 to {MaxListeners}.");
            }

            if (slot is { Day: { } d, Start: { } s, Channel: { } c } && !seen.Add((d, s, c)))
            {
                errors.Add(prefix + "start", "This day, half-hour and channel appear twice.");
            }
        }

        return errors;
    }
}
