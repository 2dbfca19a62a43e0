using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Auth;

namespace Scheduler.Api.Features.Calls;

/// <summary>Call-record imports for managers and quality leads: a CSV file (multipart or text/csv body) or a JSON batch.</summary>
public static class CallEndpoints
{
    public static RouteGroupBuilder MapCallEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").WithTags("Calls").RequireAuthorization(Policies.ManagerOrQualityLead);
        group.MapPost("/import", ImportCsvAsync).DisableAntiforgery();
        group.MapPost("/", ImportBatchAsync);
        return group;
    }

    /// <summary>A multipart form with one file, or the CSV itself as the body (<c>text/csv</c>).</summary>
    public static async Task<Results<Ok<CallImportResult>, ProblemHttpResult>> ImportCsvAsync(
        HttpRequest request, CallImporter importer, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.Count != 1)
            {
                return Refused("file", $"Send exactly one file in the form; {form.Files.Count} received.");
            }

            var outcome = await CallFileImport.ImportAsync(form.Files[0], request.HttpContext.User, importer, ct);
            return outcome.Refusal is { } refusal ? Refused("file", refusal) : TypedResults.Ok(outcome.Stored!);
        }

        // The parser reads synchronously; ASP.NET Core forbids that on the request body, so buffer it first.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        body.Position = 0;
        return await StoreAsync(CallCsvParser.Parse(body), "file", request.HttpContext, importer, ct);
    }

    public static async Task<Results<Ok<CallImportResult>, ProblemHttpResult>> ImportBatchAsync(
        CallBatchRequest batch, HttpContext context, CallImporter importer, CancellationToken ct) =>
        await StoreAsync(batch.Validate(), "calls", context, importer, ct);

    private static async Task<Results<Ok<CallImportResult>, ProblemHttpResult>> StoreAsync(
        CallParseResult parsed, string field, HttpContext context, CallImporter importer, CancellationToken ct)
    {
        if (parsed.Refusal is { } refusal)
        {
            return Refused(field, refusal);
        }

        return TypedResults.Ok(await importer.ImportAsync(parsed, CallFileImport.Actor(context.User), ct));
    }

    private static ProblemHttpResult Refused(string field, string message) => TypedResults.Problem(
        detail: message,
        statusCode: StatusCodes.Status400BadRequest,
        title: "The input was refused as a whole; nothing was stored.",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
