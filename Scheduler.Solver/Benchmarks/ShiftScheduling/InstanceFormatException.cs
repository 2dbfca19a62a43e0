namespace Scheduler.Solver.Benchmarks.ShiftScheduling;

/// <summary>An instance or solution text that cannot be read; the message names the line and what is wrong, in one line.</summary>
public sealed class InstanceFormatException : Exception
{
    public InstanceFormatException(int line, string problem)
        : base($"line {line}: {problem}")
    {
        Line = line;
    }

    public InstanceFormatException()
    {
    }

    public InstanceFormatException(string message)
        : base(message)
    {
    }

    public InstanceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>1-based line number, 0 when the text as a whole is wrong.</summary>
    public int Line { get; }
}
