using System.CommandLine;
using Scheduler.Api.Rostering;
using Scheduler.Solver.Validation;

namespace Scheduler.Api.Cli;

/// <summary>
/// <c>validate rota.json [--lang en|fr]</c>: checks a rota file against every hard rule and prints one line per violation.
/// Exit codes: 0 no violation, 1 violations, 2 the file is missing, unreadable, not a rota, or malformed.
/// </summary>
public static class ValidateCommand
{
    public const int Legal = 0;
    public const int Violations = 1;
    public const int BadInput = 2;

    public static Command Create()
    {
        var file = new Argument<string>("rota") { Description = "A rota file (JSON, see README): a problem with its assignments." };
        var language = new Option<string>("--lang")
        {
            Description = "Language of the messages: en (default) or fr.",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong("en", "fr");
        var command = new Command("validate", "Check a rota against every hard rule; exit 1 when any is broken.") { file, language };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(file),
            parseResult.GetRequiredValue(language),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string path, string language, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var french = language == "fr";
        RotaFile rota;
        try
        {
            rota = RotaDocument.Read(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync(french ? $"{path} : lecture impossible ({OneLine(e.Message)})" : $"{path}: cannot read the file ({OneLine(e.Message)})");
            return BadInput;
        }
        catch (RotaFormatException e)
        {
            await error.WriteLineAsync($"{path}: {e.Message}");
            return BadInput;
        }

        if (!rota.HasRota)
        {
            await error.WriteLineAsync(french
                ? $"{path} : pas de champ « assignments » ; ce fichier décrit un problème, pas un planning."
                : $"{path}: no 'assignments' field; the file holds a problem, not a rota.");
            return BadInput;
        }

        var violations = RotaValidator.Validate(rota.Problem, rota.Assignments);
        foreach (var violation in violations)
        {
            await output.WriteLineAsync(Line(violation, language));
        }

        await output.WriteLineAsync(violations.Count == 0
            ? (french ? $"Aucune infraction : {rota.Assignments.Count} créneaux respectent toutes les règles." : $"No violation: {rota.Assignments.Count} shifts keep every hard rule.")
            : (french ? $"{violations.Count} infraction(s) dans {rota.Assignments.Count} créneaux." : $"{violations.Count} violation(s) in {rota.Assignments.Count} shifts."));
        return violations.Count == 0 ? Legal : Violations;
    }

    /// <summary><c>2026-03-02 09:00 manager-cover -: message</c>; the time and person are <c>-</c> when absent.</summary>
    public static string Line(RuleViolation violation, string language)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var time = violation.Time is { } t ? t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "-";
        var date = violation.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return $"{date} {time} {violation.Rule} {violation.StaffId ?? "-"}: {violation.Message(language)}";
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
