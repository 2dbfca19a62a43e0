using System.CommandLine;
using System.Text.Json;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Cli;

/// <summary><c>staffing erlang-c | erlang-a | required</c>: the staffing engine on one interval, answering in one line of JSON.</summary>
internal static class StaffingCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create(TextWriter output) =>
        new("staffing", "Erlang C / Erlang A figures and required agents for one interval.")
        {
            ErlangCCommand(output),
            ErlangACommand(output),
            RequiredCommand(output),
            StaffingSimulateCommand.Create(output),
            StaffingSimulateRotaCommand.Create(output),
        };

    private static Command ErlangCCommand(TextWriter output)
    {
        var load = new CallLoadOptions();
        var agents = NumberOptions.Count("--agents", "Agents on the phone.");
        var target = NumberOptions.NonNegative("--target-seconds", "Service-level threshold T in seconds.");
        var command = new Command("erlang-c", "Erlang C (no abandonment): probability of wait, service level, ASA, occupancy.") { agents, target };
        load.AddTo(command);
        command.SetAction(parse => Run(() =>
            Write(output, ErlangC.Evaluate(load.Read(parse), parse.GetValue(agents), parse.GetValue(target)))));
        return command;
    }

    private static Command ErlangACommand(TextWriter output)
    {
        var load = new CallLoadOptions();
        var agents = NumberOptions.Count("--agents", "Agents on the phone.");
        var target = NumberOptions.NonNegative("--target-seconds", "Service-level threshold T in seconds.");
        var patience = NumberOptions.Positive("--patience-seconds", "Mean patience of callers in seconds (exponential).");
        var command = new Command("erlang-a", "Erlang A (M/M/N+M): abandonment, probability of wait, service level, ASA, occupancy.") { agents, target, patience };
        load.AddTo(command);
        command.SetAction(parse => Run(() =>
            Write(output, ErlangA.Evaluate(load.Read(parse), parse.GetValue(agents), parse.GetValue(patience), parse.GetValue(target)))));
        return command;
    }

    private static Command RequiredCommand(TextWriter output)
    {
        var load = new CallLoadOptions();
        var target = NumberOptions.NonNegative("--target-seconds", "Service-level threshold T in seconds.");
        var serviceLevel = NumberOptions.Fraction("--target-service-level", "Fraction of calls to answer within T, e.g. 0.8.");
        var maxOccupancy = NumberOptions.Optional("--max-occupancy", "Highest occupancy allowed, e.g. 0.85.", v => v is > 0 and <= 1, "must be more than 0 and at most 1");
        var maxAsa = NumberOptions.Optional("--max-asa-seconds", "Highest average speed of answer allowed, in seconds.", v => v >= 0, "must be 0 or more");
        var shrinkage = NumberOptions.Optional("--shrinkage", "Share of scheduled time off the phone, from 0 to less than 1 (default 0).", v => v is >= 0 and < 1, "must be at least 0 and less than 1");
        var patience = NumberOptions.Optional("--patience-seconds", "Mean patience in seconds: staff with Erlang A instead of Erlang C.", v => v > 0, "must be more than 0");
        var maxAbandonment = NumberOptions.Optional("--max-abandonment", "Highest abandonment allowed (with --patience-seconds), e.g. 0.1.", v => v is >= 0 and <= 1, "must be between 0 and 1");
        var command = new Command("required", "Smallest agent count meeting every target, and agents to schedule with shrinkage.")
        {
            target, serviceLevel, maxOccupancy, maxAsa, shrinkage, patience, maxAbandonment,
        };
        load.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetResult(maxAbandonment) is not null && result.GetResult(patience) is null)
            {
                result.AddError("--max-abandonment needs --patience-seconds (Erlang C has no abandonment)");
            }
        });
        command.SetAction(parse => Run(() =>
        {
            var targets = new StaffingTargets(parse.GetValue(serviceLevel), parse.GetValue(target), parse.GetValue(maxAsa), parse.GetValue(maxOccupancy), parse.GetValue(maxAbandonment));
            var required = RequiredAgents.Find(load.Read(parse), targets, parse.GetValue(patience));
            var scheduled = Shrinkage.ScheduledAgents(required.Agents, parse.GetValue(shrinkage) ?? 0);
            return Write(output, new RequiredOutput(required.Agents, scheduled, required.Predicted.ServiceLevel));
        }));
        return command;
    }

    internal static int Write<T>(TextWriter output, T value)
    {
        output.WriteLine(JsonSerializer.Serialize(value, Json));
        return 0;
    }

    /// <summary>Inputs the options cannot rule out alone (an Erlang A series that never settles) become a one-line message.</summary>
    internal static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (ArgumentException e)
        {
            // ArgumentOutOfRangeException appends "Actual value was …" on a second line; the user gets one line.
            throw new CommandLineException(string.Join(" ", e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
    }

    private sealed record RequiredOutput(int Agents, int ScheduledAgents, double ServiceLevel);
}
