using Scheduler.Solver.Quality;
using Columns = Scheduler.Solver.Quality.CallRecordValidator.Columns;

namespace Scheduler.Api.Web;

/// <summary>The refused rows of a call import in French.</summary>
public sealed partial class FrenchText
{
    public override string CallRowReasonName(string reason) => reason switch
    {
        CallRowReasons.MissingCallId => "Identifiant d'appel manquant",
        CallRowReasons.CallIdTooLong => "Identifiant d'appel trop long",
        CallRowReasons.UnknownChannel => "Canal inconnu",
        CallRowReasons.BadInstant => "Date et heure illisibles",
        CallRowReasons.AnsweredBeforeOffered => "Décroché avant l'arrivée de l'appel",
        CallRowReasons.EndedBeforeAnswered => "Terminé avant d'être décroché",
        CallRowReasons.EndedBeforeOffered => "Terminé avant l'arrivée de l'appel",
        CallRowReasons.ListenerWithoutAnswer => "Écoutant·e indiqué·e pour un appel non décroché",
        CallRowReasons.DuplicateCallId => "Identifiant répété plus loin dans le fichier",
        CallRowReasons.MalformedRow => "Ligne CSV mal formée",
        _ => reason,
    };

    public override string? CallRowDetail(CallRowProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var field = problem.Field;
        return problem.Reason switch
        {
            CallRowReasons.MissingCallId => $"La colonne {Columns.CallId} est vide : chaque appel a besoin de son identifiant.",
            CallRowReasons.CallIdTooLong => $"L'identifiant{Quoted(problem.Value)} dépasse {CallRecordValidator.MaxIdLength} caractères : "
                + "il serait tronqué, la ligne est donc refusée.",
            CallRowReasons.UnknownChannel => problem.Value is { } channel
                ? $"Le canal « {channel} » n'est pas reconnu : phone, chat ou email attendu."
                : $"La colonne {Columns.Channel} est vide : phone, chat ou email attendu.",
            CallRowReasons.BadInstant => problem.Value is { } typed
                ? $"« {typed} » dans {field} n'est pas une date et heure ISO 8601 avec son décalage ou Z (par exemple {CallRecordValidator.InstantExample})."
                : $"La colonne {field} est vide : la date et l'heure y sont obligatoires.",
            CallRowReasons.AnsweredBeforeOffered =>
                $"Le décroché ({Columns.AnsweredAt}) précède l'arrivée de l'appel ({Columns.OfferedAt}).",
            CallRowReasons.EndedBeforeAnswered => $"La fin de l'appel ({Columns.EndedAt}) précède le décroché ({Columns.AnsweredAt}).",
            CallRowReasons.EndedBeforeOffered => $"La fin de l'appel ({Columns.EndedAt}) précède son arrivée ({Columns.OfferedAt}).",
            CallRowReasons.ListenerWithoutAnswer =>
                $"Un·e écoutant·e est indiqué·e ({Columns.ListenerId}) alors que l'appel n'a pas été décroché ({Columns.AnsweredAt} vide).",
            CallRowReasons.DuplicateCallId => problem.ReplacedByLine is { } later
                ? $"Le même identifiant revient ligne {later}, qui remplace celle-ci."
                : "Le même identifiant revient plus loin dans le fichier, qui remplace cette ligne.",
            CallRowReasons.MalformedRow =>
                "La ligne ne respecte pas les règles du CSV : un guillemet ouvert n'est pas refermé, ou un guillemet est mal placé dans une valeur.",
            _ => null,
        };
    }

    /// <summary>" « value »" after a noun, or nothing when the value is unknown.</summary>
    private static string Quoted(string? value) => value is null ? "" : $" « {value} »";
}
