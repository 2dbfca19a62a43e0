using System.Text.Json;
using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Errors;

namespace Scheduler.Api.Features.Rotas;

/// <summary>How long and with which seed the solver searches.</summary>
public sealed record SolveOptionsRequest(int? TimeLimitSeconds, int? Seed);

/// <summary>A request to plan <see cref="Weeks"/> whole weeks from the Monday <see cref="Start"/>.</summary>
public sealed record SolveRequest(LocalDate? Start, int? Weeks, SolveOptionsRequest? Options)
{
    public const int DefaultTimeLimitSeconds = 30;
    public const int MaxTimeLimitSeconds = 600;

    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        errors.Required("start", Start);
        errors.DateInRange("start", Start);
        if (Start is { DayOfWeek: not IsoDayOfWeek.Monday })
        {
            errors.Add("start", "Must be a Monday: rotas cover whole weeks.");
        }

        errors.Required("weeks", Weeks);
        if (Weeks is < 1 or > RotaDrafts.MaxWeeks)
        {
            errors.Add("weeks", $"From 1 to {RotaDrafts.MaxWeeks}.");
        }

        CheckOptions(errors, "options.", Options);
        return errors;
    }

    public static void CheckOptions(FieldErrors errors, string prefix, SolveOptionsRequest? options)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (options?.TimeLimitSeconds is < 1 or > MaxTimeLimitSeconds)
        {
            errors.Add(prefix + "timeLimitSeconds", $"From 1 to {MaxTimeLimitSeconds} seconds.");
        }

        if (options?.Seed is < 0)
        {
            errors.Add(prefix + "seed", "0 or more.");
        }
    }
}

/// <summary>Re-plan a published rota after new absences; <see cref="PinUnchanged"/> keeps every shift of people not newly absent.</summary>
public sealed record ReplanRequest(SolveOptionsRequest? Options, bool? PinUnchanged);

/// <summary>A shift of a re-plan's reference that was removed, a new one, or one moved (same person and date, other hours).</summary>
public sealed record ShiftChange(string Change, Guid StaffId, LocalDate Date, LocalTime? FromStart, LocalTime? FromEnd, LocalTime? ToStart, LocalTime? ToEnd);

/// <summary>
/// Where a solve stands; <see cref="RotaId"/> is the draft once it succeeded; <see cref="Changes"/> for a re-plan;
/// <see cref="Explanation"/> when no rota keeps every rule.
/// </summary>
public sealed record SolveRunResponse(
    Guid Id, SolveRunStatus Status, LocalDate Start, int Weeks, int TimeLimitSeconds, int Seed, Guid? ReferenceRotaId,
    double? BestObjective, double? BestBound, double? Gap, double? ElapsedSeconds, Instant UpdatedAt, Instant CreatedAt,
    Instant? FinishedAt, bool CancelRequested, int Attempts, Guid? RotaId, string? Error, IReadOnlyList<ShiftChange>? Changes,
    SolveExplanation? Explanation)
{
    public static SolveRunResponse From(SolveRunEntity r) => new(
        r.Id, r.Status, r.PeriodStart, r.Weeks, r.TimeLimitSeconds, r.Seed, r.ReferenceRotaId,
        r.BestObjective, r.BestBound, r.Gap, r.ElapsedSeconds, r.UpdatedAt, r.CreatedAt,
        r.FinishedAt, r.CancelRequested, r.Attempts, r.RotaId, r.Error,
        r.ChangesJson is null ? null : JsonSerializer.Deserialize<List<ShiftChange>>(r.ChangesJson, SolveRunJson.Options),
        SolveExplanation.Read(r.ExplanationJson));
}

/// <summary>
/// How a run's JSON columns are written: the changes of a re-plan (<see cref="SolveRunEntity.ChangesJson"/>) and why a run
/// found no rota (<see cref="SolveRunEntity.ExplanationJson"/>).
/// </summary>
public static class SolveRunJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Time.ApiJson.Configure(options);
        return options;
    }
}
