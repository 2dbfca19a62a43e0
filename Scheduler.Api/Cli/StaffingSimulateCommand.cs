using System.CommandLine;
using System.Globalization;
using Scheduler.Solver.Simulation;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>staffing simulate</c>: one interval's traffic offered for a long time to a fixed number of listeners (see
/// <see cref="QueueSimulation"/>), against what Erlang C (no <c>--patience-seconds</c>) or Erlang A predicts: each figure
/// simulated with its 95 % interval, the prediction, and whether the interval holds it.
/// </summary>
internal static class StaffingSimulateCommand
{
    /// <summary>Calls a run may draw: beyond it the records would take gigabytes; fewer hours give the same figures.</summary>
    private const double MostCalls = 5_000_000;

    public static Command Create(TextWriter output)
    {
        var load = new CallLoadOptions();
        var agents = NumberOptions.Count("--agents", "Listeners on the phone for the whole run.");
        var target = NumberOptions.NonNegative("--target-seconds", "Service-level threshold T in seconds.");
        var patience = NumberOptions.Optional("--patience-seconds", "Mean patience in seconds (exponential): compare with Erlang A instead of Erlang C.", v => v > 0, "must be more than 0");
        var hours = NumberOptions.Optional("--hours", "Hours of traffic measured (default 2000), after one twentieth more to warm up.", v => v is > 0 and <= 1_000_000, "must be more than 0 and at most 1000000");
        var seed = new Option<int>("--seed") { Description = "Seed of the draws.", DefaultValueFactory = _ => 1 };
        var handling = new Option<string>("--handling") { Description = "Handling times: exponential (as the formulas assume) or lognormal (σ 0.5, as conversations are).", DefaultValueFactory = _ => "exponential" };
        handling.AcceptOnlyFromAmong("exponential", "lognormal");
        var command = new Command("simulate", "Simulate one interval's queue for a long time and compare with Erlang C or Erlang A.")
        {
            agents, target, patience, hours, seed, handling,
        };
        load.AddTo(command);
        command.SetAction(parse => StaffingCommands.Run(() =>
        {
            var traffic = load.Read(parse).Validated();
            var listeners = parse.GetValue(agents);
            var meanPatience = parse.GetValue(patience);
            var length = parse.GetValue(hours) ?? 2000;
            if (listeners < 1)
            {
                throw new CommandLineException("--agents must be 1 or more");
            }

            if (meanPatience is null && listeners <= traffic.OfferedLoad)
            {
                throw new CommandLineException(string.Create(CultureInfo.InvariantCulture, $"--agents ({listeners}) must be more than the offered load ({traffic.OfferedLoad:0.##} erlangs) without --patience-seconds: the queue would grow without end"));
            }

            if (traffic.Calls / traffic.IntervalSeconds * length * 3600 > MostCalls)
            {
                throw new CommandLineException(string.Create(CultureInfo.InvariantCulture, $"--hours {length} would draw more than {MostCalls:0} calls at this rate: ask fewer hours"));
            }

            var distribution = parse.GetValue(handling) == "lognormal" ? HandlingTimeDistribution.LogNormal : HandlingTimeDistribution.Exponential;
            var settings = CallGenerationSettings.Default with { HandlingDistribution = distribution };
            settings = meanPatience is { } mean ? settings with { MeanPatience = NodaTime.Duration.FromMilliseconds(Math.Round(mean * 1000)) } : QueueSimulation.NeverAbandon(settings);
            var simulated = QueueSimulation.Steady(traffic, listeners, parse.GetValue(target), settings, length, parse.GetValue(seed));
            var predicted = Predict(traffic, listeners, parse.GetValue(target), meanPatience);
            return StaffingCommands.Write(output, new SimulateOutput(
                traffic.OfferedLoad,
                listeners,
                meanPatience is null ? "erlang-c" : "erlang-a",
                parse.GetValue(handling)!,
                length,
                parse.GetValue(seed),
                simulated.Calls,
                predicted,
                new SimulatedOutput(simulated.ServiceLevel, meanPatience is null ? null : simulated.Abandonment, simulated.ProbabilityOfWait, simulated.AverageSpeedOfAnswerSeconds),
                new WithinOutput(
                    simulated.ServiceLevel.Contains(predicted.ServiceLevel),
                    predicted.Abandonment is { } a ? simulated.Abandonment.Contains(a) : null,
                    simulated.ProbabilityOfWait.Contains(predicted.ProbabilityOfWait),
                    predicted.AverageSpeedOfAnswerSeconds is { } asa ? simulated.AverageSpeedOfAnswerSeconds.Contains(asa) : null)));
        }));
        return command;
    }

    private static PredictedOutput Predict(CallLoad traffic, int listeners, double targetSeconds, double? meanPatience)
    {
        if (meanPatience is { } patience)
        {
            var a = ErlangA.Evaluate(traffic, listeners, patience, targetSeconds);
            return new PredictedOutput(a.ServiceLevel, a.AbandonmentProbability, a.ProbabilityOfWait, a.AverageSpeedOfAnswerSeconds);
        }

        var c = ErlangC.Evaluate(traffic, listeners, targetSeconds);
        return new PredictedOutput(c.ServiceLevel, null, c.ProbabilityOfWait, c.AverageSpeedOfAnswerSeconds);
    }

    private sealed record SimulateOutput(
        double OfferedLoad, int Agents, string Model, string Handling, double Hours, int Seed, int Calls, PredictedOutput Predicted, SimulatedOutput Simulated, WithinOutput PredictionWithinInterval);

    private sealed record PredictedOutput(double ServiceLevel, double? Abandonment, double ProbabilityOfWait, double? AverageSpeedOfAnswerSeconds);

    private sealed record SimulatedOutput(Estimate ServiceLevel, Estimate? Abandonment, Estimate ProbabilityOfWait, Estimate AverageSpeedOfAnswerSeconds);

    private sealed record WithinOutput(bool ServiceLevel, bool? Abandonment, bool ProbabilityOfWait, bool? AverageSpeedOfAnswerSeconds);
}
