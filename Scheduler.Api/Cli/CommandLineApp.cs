using System.CommandLine;

namespace Scheduler.Api.Cli;

/// <summary>The command line: every verb other than <c>serve</c> runs a job, writes to the given writers and exits.</summary>
public static class CommandLineApp
{
    private static readonly HashSet<string> HelpTokens = ["-h", "--help", "-?", "--version"];

    /// <summary>True when the arguments ask for the web service: none, <c>serve</c>, or host options only (as WebApplicationFactory passes).</summary>
    public static bool IsServe(string[] args) =>
        args.Length == 0
        || args[0] == "serve"
        || (args[0].StartsWith('-') && !HelpTokens.Contains(args[0]));

    /// <summary>The arguments for the web host, without the <c>serve</c> verb.</summary>
    public static string[] ServeArguments(string[] args) =>
        args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    public static RootCommand Build(TextWriter output)
    {
        var root = new RootCommand("3133 Scheduler: plans the rota of the 3133 line and supervises its service level.")
        {
            new Command("serve", "Run the web service (the default when no verb is given)."),
            StaffingCommands.Create(output),
            ValidateCommand.Create(),
            SolveCommand.Create(output),
            MigrateCommand.Create(output),
            BenchCommands.Create(output),
            GenerateCallsCommand.Create(output),
            ImportCallsCommand.Create(output),
            ClusterNodeCommand.Create(output),
        };
        return root;
    }

    /// <summary>Parses and runs; a parse error is reported as one line naming the argument, with exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parseResult = Build(output).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine lists a choice's values on lines of their own ("Must be one of:\n\t'en'\n\t'fr'"): one line here.
            var messages = parseResult.Errors.Select(e => string.Join(" ", e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            await error.WriteLineAsync(string.Join("; ", messages.Reverse()));
            return 2;
        }

        try
        {
            // The default handler would print a CommandLineException with its stack trace; let it reach the catch below.
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (CommandLineException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}

/// <summary>An expected failure of a verb: its message is shown to the user as one line, without a stack trace.</summary>
public sealed class CommandLineException(string message) : Exception(message);
