using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Reporting;
using Scheduler.Solver.Rostering;

namespace Scheduler.Api.Features.Rotas;

/// <summary>
/// The summary stored with a solved draft: the solver's status, objective and every term, bound, gap and wall time;
/// per open half-hour the cover against need and the service level Erlang C predicts with the planned listeners
/// (phone channel settings of <see cref="Line3133Defaults.PhoneChannel"/>); paid hours per person per week; and, when
/// no rota keeps every rule, the conflicts and daily shortages that explain why.
/// </summary>
public static class SolveSummary
{
    /// <param name="expectedCalls">Calls expected per date and half-hour start; a missing slot expects none.</param>
    public static JsonObject Build(RotaProblem problem, RotaSolution solution, IReadOnlyDictionary<(LocalDate Date, LocalTime Start), double> expectedCalls)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solution);
        var summary = Head(solution);
        if (solution.Assignments.Count == 0)
        {
            return summary;
        }

        var report = RotaReport.Build(problem, solution.Assignments);
        var levels = ServiceLevelForecast.Of(report.Coverage, expectedCalls, Line3133Defaults.PhoneChannel);
        var slots = new JsonArray();
        foreach (var (c, level) in report.Coverage.Zip(levels))
        {
            slots.Add(new JsonObject
            {
                ["date"] = Date(c.Date),
                ["start"] = Time(c.Start),
                ["needed"] = c.Needed,
                ["listeners"] = c.TrainedListeners,
                ["managers"] = c.Managers,
                ["expectedCalls"] = Math.Round(level.ExpectedCalls, 2),
                ["serviceLevel"] = Math.Round(level.ServiceLevel, 3),
            });
        }

        summary["slots"] = slots;
        summary["uncoveredListenerHalfHours"] = report.Coverage.Sum(c => c.Shortfall);
        summary["hours"] = new JsonArray([.. report.Hours.Select(h => (JsonNode)new JsonObject
        {
            ["staffId"] = h.StaffId,
            ["weekStart"] = Date(h.WeekStart),
            ["paidHours"] = Math.Round(h.Paid.TotalHours, 2),
            ["targetHours"] = Math.Round(h.Target.TotalHours, 2),
            ["shifts"] = h.Shifts,
        })]);
        return summary;
    }

    /// <summary>Status, objective, terms, bound, gap, wall time, and the explanation when there is one.</summary>
    public static JsonObject Head(RotaSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var terms = new JsonObject();
        foreach (var (name, cost) in solution.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            terms[name] = cost;
        }

        var summary = new JsonObject
        {
            ["status"] = solution.Status.ToString(),
            ["objective"] = solution.Objective,
            ["terms"] = terms,
            ["bestBound"] = solution.BestBound,
            ["gap"] = solution.Gap is { } g ? Math.Round(g, 4) : null,
            ["wallSeconds"] = Math.Round(solution.WallSeconds, 2),
            ["firstSolutionSeconds"] = solution.FirstSolutionSeconds is { } f ? Math.Round(f, 2) : null,
        };
        if (solution.Explanation.Count > 0 || solution.Shortages.Count > 0)
        {
            summary["explanation"] = new JsonArray([.. solution.Explanation.Select(c => (JsonNode)new JsonObject
            {
                ["rule"] = c.Rule,
                ["staffId"] = c.StaffId,
                ["from"] = Date(c.From),
                ["to"] = Date(c.To),
                ["fr"] = c.French,
                ["en"] = c.English,
            })]);
            summary["shortages"] = new JsonArray([.. solution.Shortages.Select(s => (JsonNode)new JsonObject
            {
                ["rule"] = s.Rule,
                ["date"] = Date(s.Date),
                ["missingHours"] = Math.Round(s.MissingHours, 2),
            })]);
        }

        return summary;
    }

    /// <summary>The calls expected per date and half-hour start that a summary's <c>slots</c> were predicted with; null when it has none.</summary>
    public static IReadOnlyDictionary<(LocalDate Date, LocalTime Start), double>? ExpectedCalls(JsonObject? summary)
    {
        if (summary?["slots"] is not JsonArray { Count: > 0 } slots)
        {
            return null;
        }

        var calls = new Dictionary<(LocalDate, LocalTime), double>();
        foreach (var slot in slots.OfType<JsonObject>())
        {
            if (LocalDatePattern.Iso.Parse(slot["date"]?.GetValue<string>() ?? string.Empty) is { Success: true } date
                && TimePattern.Parse(slot["start"]?.GetValue<string>() ?? string.Empty) is { Success: true } start
                && slot["expectedCalls"] is JsonValue expected)
            {
                calls[(date.Value, start.Value)] = expected.GetValue<double>();
            }
        }

        return calls;
    }

    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static string Date(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(LocalTime t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}
