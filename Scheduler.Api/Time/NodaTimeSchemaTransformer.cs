using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Scheduler.Api.Time;

/// <summary>Describes NodaTime values in the OpenAPI document as the strings they are on the wire, not as empty objects.</summary>
public sealed class NodaTimeSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        var (format, description) = type switch
        {
            _ when type == typeof(LocalDate) => ("date", "Local date in Europe/Paris, yyyy-MM-dd."),
            _ when type == typeof(LocalTime) => ("time", "Local time of day in Europe/Paris, HH:mm (HH:mm:ss accepted)."),
            _ when type == typeof(Instant) => ("date-time", "Instant in UTC, ISO 8601 with a Z."),
            _ => (null, null),
        };
        if (format is not null)
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = format;
            schema.Description = description;
        }

        return Task.CompletedTask;
    }
}
