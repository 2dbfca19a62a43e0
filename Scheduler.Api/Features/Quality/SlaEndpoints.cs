using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Auth;
using Scheduler.Api.Errors;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Quality;

/// <summary>Service-level reports and half-hour detail for managers and quality leads.</summary>
public static class SlaEndpoints
{
    /// <summary>Longest report range: enough for year-on-year comparisons, small enough to stay fast.</summary>
    public const int MaxDays = 3 * 366;

    public static RouteGroupBuilder MapSlaEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sla").WithTags("Service level").RequireAuthorization(Policies.ManagerOrQualityLead);
        group.MapGet("/reports", ReportsAsync);
        group.MapGet("/intervals", IntervalsAsync);
        group.MapGet("/patience", PatienceAsync);
        return group;
    }

    /// <summary>
    /// Callers' mean patience over the last 28 days of phone calls (<see cref="RecentCallerPatience"/>):
    /// <c>meanPatienceSeconds</c> is null with fewer than <see cref="CallerPatience.LeastAbandons"/> abandons.
    /// </summary>
    public static async Task<Ok<PatienceResponse>> PatienceAsync(Data.SchedulerDbContext db, NodaTime.IClock clock, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var reading = await RecentCallerPatience.ReadAsync(db, now, ct);
        return TypedResults.Ok(new PatienceResponse(now - NodaTime.Duration.FromDays(RecentCallerPatience.Days), now, reading.Calls, reading.Abandoned, reading.Estimate?.MeanPatienceSeconds, CallerPatience.LeastAbandons));
    }

    /// <summary>JSON array, or CSV with <c>Accept: text/csv</c>.</summary>
    public static async Task<Results<Ok<IReadOnlyList<SlaReportRow>>, ContentHttpResult, ValidationProblem>> ReportsAsync(
        string? period, string? from, string? to, string? channel, HttpRequest request, SlaReportQuery query, CancellationToken ct)
    {
        var errors = new FieldErrors();
        PeriodKind kind = default;
        if (period?.Trim().ToLowerInvariant() is not ("day" or "week" or "month"))
        {
            errors.Add("period", "Required: day, week or month.");
        }
        else
        {
            kind = Enum.Parse<PeriodKind>(period.Trim(), ignoreCase: true);
        }

        var first = errors.ParseDate("from", from);
        var last = errors.ParseDate("to", to);
        if (first is { } f && last is { } l && (l < f || NodaTime.Period.DaysBetween(f, l) >= MaxDays))
        {
            errors.Add("to", $"Must be on or after 'from', at most {MaxDays} days later.");
        }

        if (!SlaReportQuery.TryParseChannel(channel, out var key))
        {
            errors.Add("channel", "One of phone, chat, email (or none for all channels).");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var rows = await query.GetAsync(kind, first!.Value, last!.Value, key, ct);
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Text(SlaReportQuery.ToCsv(rows), "text/csv; charset=utf-8")
            : TypedResults.Ok(rows);
    }

    public static async Task<Results<Ok<IReadOnlyList<SlaIntervalRow>>, ValidationProblem>> IntervalsAsync(
        string? date, SlaIntervalQuery query, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var day = errors.ParseDate("date", date);
        return errors.Any ? errors.ToProblem() : TypedResults.Ok(await query.GetAsync(day!.Value, ct));
    }
}
