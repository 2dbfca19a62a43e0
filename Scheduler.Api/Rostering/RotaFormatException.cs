namespace Scheduler.Api.Rostering;

/// <summary>
/// A rota or problem file that cannot be read. <see cref="Exception.Message"/> is one line naming the field
/// (JSON path with element indexes, e.g. <c>staff[2].absences[0].from</c>) and what is wrong with it.
/// </summary>
public sealed class RotaFormatException : Exception
{
    public RotaFormatException(string field, string problem)
        : base($"{field}: {problem}")
    {
        Field = field;
    }

    public RotaFormatException()
    {
        Field = string.Empty;
    }

    public RotaFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>The JSON path of the offending field, empty when the file as a whole is unreadable.</summary>
    public string Field { get; }
}
