using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Rostering;
using Scheduler.Solver.Forecasting;
using Scheduler.Solver.Simulation;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>staffing simulate-rota rota.json</c>: the rota's days simulated (<see cref="RotaSimulation"/>) beside the service
/// level Erlang C predicts for them. The calls expected are those of the file's solve summary (what the service
/// predicted with), else the default 3133 profile's.
/// </summary>
internal static class StaffingSimulateRotaCommand
{
    public static Command Create(TextWriter output)
    {
        var file = new Argument<string>("rota") { Description = "A rota file (JSON, see README): a problem with its assignments." };
        var patience = NumberOptions.Optional("--patience-seconds", "Mean patience of callers in seconds, exponential (default 180).", v => v > 0, "must be more than 0");
        var seed = new Option<int>("--seed") { Description = "Seed of the first run's draws (the runs use the next ones).", DefaultValueFactory = _ => 1 };
        var handling = new Option<string>("--handling") { Description = "Handling times: lognormal (σ 0.5, the default, as conversations are) or exponential (as Erlang C assumes).", DefaultValueFactory = _ => "lognormal" };
        handling.AcceptOnlyFromAmong("exponential", "lognormal");
        var command = new Command("simulate-rota", "Simulate a rota's days and compare with the service level Erlang C predicts for them.") { file, patience, seed, handling };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(file);
            var rota = await ReadAsync(path, ct);
            var meanPatience = parse.GetValue(patience) ?? 180;
            var settings = CallGenerationSettings.Default with
            {
                HandlingDistribution = parse.GetValue(handling) == "exponential" ? HandlingTimeDistribution.Exponential : HandlingTimeDistribution.LogNormal,
                MeanPatience = Duration.FromMilliseconds(Math.Round(meanPatience * 1000)),
            };
            var (calls, source) = ExpectedCalls(rota);
            var days = RotaSimulation.Days(rota.Problem, rota.Assignments, calls, Line3133Defaults.PhoneChannel, settings, parse.GetValue(seed));
            return StaffingCommands.Write(output, new SimulateRotaOutput(
                RotaSimulation.Runs,
                parse.GetValue(handling)!,
                meanPatience,
                source,
                Line3133Defaults.PhoneChannel.Targets.AnswerWithinSeconds,
                [.. days.Select(d => new DayOutput(LocalDatePattern.Iso.Format(d.Date), Math.Round(d.ExpectedCalls, 1), d.Predicted, d.ServiceLevel, d.Abandonment, d.ServiceLevel.Contains(d.Predicted)))]));
        });
        return command;
    }

    private static async Task<RotaFile> ReadAsync(string path, CancellationToken ct)
    {
        var (rota, unread) = await RotaFileInput.ReadAsync(path, french: false, ct);
        return rota ?? throw new CommandLineException(unread!);
    }

    /// <summary>The summary's expected calls per half-hour when the file has them, else the default profile's for the horizon's dates.</summary>
    private static (IReadOnlyDictionary<(LocalDate Date, LocalTime Start), double> Calls, string Source) ExpectedCalls(RotaFile rota)
    {
        if (SolveSummary.ExpectedCalls(rota.Summary) is { } fromSummary)
        {
            return (fromSummary, "summary");
        }

        var halfHours = Enumerable.Range(0, 48).Select(i => new LocalTime(0, 0).PlusMinutes(30 * i)).ToList();
        var fromProfile = Enumerable.Range(0, rota.Problem.Weeks * 7).Select(rota.Problem.Start.PlusDays)
            .SelectMany(date => halfHours.Select(time => (date, time)))
            .ToDictionary(slot => slot, slot => Line3133Defaults.Profile.CallsAt(slot.date.DayOfWeek, slot.time));
        return (fromProfile, "default-3133-profile");
    }

    private sealed record SimulateRotaOutput(int Runs, string Handling, double PatienceSeconds, string CallsFrom, double TargetSeconds, IReadOnlyList<DayOutput> Days);

    private sealed record DayOutput(string Date, double ExpectedCalls, double Predicted, Estimate Simulated, Estimate Abandonment, bool PredictionWithinInterval);
}
