using System.CommandLine;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Cli;

/// <summary>The three options that describe the traffic, shared by every sub-verb of <c>staffing</c>.</summary>
internal sealed class CallLoadOptions
{
    private readonly Option<double> calls = NumberOptions.NonNegative("--calls", "Calls arriving in the interval.");
    private readonly Option<double> interval = NumberOptions.Positive("--interval-seconds", "Interval length in seconds, e.g. 1800.");
    private readonly Option<double> aht = NumberOptions.Positive("--aht-seconds", "Average handling time in seconds (talk + after-call work).");

    public void AddTo(Command command)
    {
        command.Options.Add(calls);
        command.Options.Add(interval);
        command.Options.Add(aht);
    }

    public CallLoad Read(ParseResult parse) => new(parse.GetValue(calls), parse.GetValue(interval), parse.GetValue(aht));
}
