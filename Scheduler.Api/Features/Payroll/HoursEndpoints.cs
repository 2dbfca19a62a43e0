using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data;
using Scheduler.Api.Errors;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Payroll;

/// <summary>One person's month, in decimal hours.</summary>
public sealed record PersonHoursResponse(
    Guid StaffId, string Name, StaffRole Role, decimal? WeeklyHours, int Shifts, decimal PaidHours, decimal ExpectedHours, decimal DifferenceHours, decimal SundayHours, decimal HolidayHours);

/// <summary>A span of days both ends included.</summary>
public sealed record DaySpan(LocalDate From, LocalDate To);

/// <summary>The month's hours per person, and the days no published rota covers (their hours are not counted).</summary>
public sealed record MonthlyHoursResponse(string Month, IReadOnlyList<PersonHoursResponse> People, IReadOnlyList<DaySpan> Unpublished);

/// <summary><c>GET /api/hours?month=yyyy-MM</c>: the month's hours for payroll (managers); <c>/api/me/hours</c> gives one's own.</summary>
public static class HoursEndpoints
{
    public static RouteGroupBuilder MapHoursEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/hours").WithTags("Payroll").RequireAuthorization(Policies.Manager);
        group.MapGet("/", (string? month, SchedulerDbContext db, CancellationToken ct) => GetAsync(month, db, ct));
        return group;
    }

    /// <param name="only">One person's month (<c>/api/me/hours</c>), or everyone's when null.</param>
    public static async Task<Results<Ok<MonthlyHoursResponse>, ValidationProblem>> GetAsync(string? month, SchedulerDbContext db, CancellationToken ct, Guid? only = null)
    {
        if (MonthlyHours.Read(month) is not { } asked)
        {
            var errors = new FieldErrors();
            errors.Add("month", "A month as yyyy-MM, for example 2026-12.");
            return errors.ToProblem();
        }

        var hours = await MonthlyHours.OfAsync(db, asked, ct, only);
        return TypedResults.Ok(new MonthlyHoursResponse(
            MonthlyHours.Write(hours.Month),
            [.. hours.People.Select(p => new PersonHoursResponse(
                p.StaffId, p.Name, p.Role, p.WeeklyMinutes is { } weekly ? Hours(weekly) : null, p.Shifts,
                Hours(p.PaidMinutes), Hours(p.ExpectedMinutes), Hours(p.DifferenceMinutes), Hours(p.SundayMinutes), Hours(p.HolidayMinutes)))],
            [.. hours.Unpublished.Select(s => new DaySpan(s.From, s.To))]));
    }

    private static decimal Hours(long minutes) => Math.Round(minutes / 60m, 2);
}
