namespace Scheduler.Api.Startup;

/// <summary>
/// Where start-up messages for the operator go (the data folder, first-start demo passwords): standard output, plain lines
/// without a logger prefix so they can be read and copied; tests replace the writer to read them.
/// </summary>
public sealed class StartupConsole(TextWriter writer)
{
    public void WriteLine(string line)
    {
        lock (writer)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
