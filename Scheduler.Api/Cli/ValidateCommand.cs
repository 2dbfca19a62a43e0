using System.CommandLine;
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
        var (rota, unread) = await RotaFileInput.ReadAsync(path, french, cancellationToken);
        if (rota is null)
        {
            await error.WriteLineAsync(unread);
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
}
