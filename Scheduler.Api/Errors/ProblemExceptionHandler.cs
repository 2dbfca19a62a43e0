using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Scheduler.Api.Errors;

/// <summary>
/// The last line of defence: a malformed request answers 400 naming the field, a concurrency conflict that slipped past
/// the endpoint's own check answers 409, and anything else answers 500 with a trace id and no stack trace.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => JsonProblem(json),
            JsonException json => JsonProblem(json),
            BadHttpRequestException bad => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [FieldOf(bad)] = [WhatWasExpected(bad)] })
            {
                Status = bad.StatusCode,
                Title = "The request is malformed.",
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Someone else changed this first.",
                Detail = "Reload it and apply your change again.",
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private static HttpValidationProblemDetails JsonProblem(JsonException json) =>
        new(new Dictionary<string, string[]> { [FieldOf(json.Path)] = ["The value is malformed or of the wrong type."] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this endpoint.",
        };

    /// <summary>"$.assignments[0].start" becomes "assignments[0].start", "$[1].weight" becomes "[1].weight"; the whole body is "body".</summary>
    private static string FieldOf(string? jsonPath) => jsonPath switch
    {
        null or "$" => "body",
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ when jsonPath.StartsWith('$') => jsonPath[1..],
        _ => jsonPath,
    };

    /// <summary>Binding errors name the parameter in quotes, e.g. 'Failed to bind parameter "Guid id" from "x"'.</summary>
    private static string FieldOf(BadHttpRequestException bad) =>
        TypedParameter(bad) is { } typed ? typed[1] : "request";

    /// <summary>
    /// What the parameter takes, in words: the framework's own message names the C# type ("Nullable`1 days"), which
    /// means nothing to the person who typed the address.
    /// </summary>
    private static string WhatWasExpected(BadHttpRequestException bad) => TypedParameter(bad)?[0] switch
    {
        null => bad.Message,
        var type when type.Contains("int", StringComparison.OrdinalIgnoreCase) || type.Contains("long", StringComparison.OrdinalIgnoreCase) => "Not a whole number.",
        var type when type.Contains("Guid", StringComparison.Ordinal) => "Not an identifier (a GUID).",
        var type when type.Contains("bool", StringComparison.OrdinalIgnoreCase) => "Not true or false.",
        var type when type.Contains("double", StringComparison.OrdinalIgnoreCase) || type.Contains("decimal", StringComparison.OrdinalIgnoreCase) => "Not a number.",
        _ => "Not a value this parameter takes.",
    };

    private static string[]? TypedParameter(BadHttpRequestException bad)
    {
        var parts = bad.Message.Split('"');
        return parts.Length >= 2 && parts[1].Split(' ') is { Length: 2 } typed ? typed : null;
    }
}
