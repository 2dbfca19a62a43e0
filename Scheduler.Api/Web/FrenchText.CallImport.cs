using System.Globalization;
using NodaTime;
using Format = Scheduler.Api.Web.Show;

namespace Scheduler.Api.Web;

/// <summary>The texts of the call-record import page in French.</summary>
public sealed partial class FrenchText
{
    public override string CallImportTitle => "Importer des appels";
    public override string CallImportLink => "Importer des appels (fichier CSV de la téléphonie)";
    public override string CallImportIntro =>
        "Déposez l'export CSV de la plateforme téléphonique. Importer deux fois le même fichier ne compte aucun appel deux fois : "
        + "un appel déjà importé à l'identique est laissé tel quel, un appel corrigé remplace l'ancien (l'ancien est gardé au journal d'audit).";
    public override string CallFileLabel => "Fichier d'appels (CSV)";
    public override string CallFileHint(string header, long maxBytes) =>
        $"CSV en UTF-8, colonnes séparées par des virgules ; la première ligne nomme les colonnes {header} (dans n'importe quel ordre). {Megabytes(maxBytes)} au plus.";
    public override string CallImportSubmit => "Importer";
    public override string BackToQuality => "Retour au tableau de bord qualité";

    public override string CallFileMissing => "Choisissez un fichier CSV à importer.";
    public override string CallFileEmpty => "Le fichier est vide : rien n'a été importé.";
    public override string CallFileNotCallRecords(string header) =>
        $"Ce fichier n'est pas un export d'appels au format CSV : sa première ligne doit nommer les colonnes {header}, séparées par des virgules. Rien n'a été importé.";
    public override string CallFileTooLarge(long maxBytes) =>
        $"Le fichier dépasse {Megabytes(maxBytes)} : rien n'a été importé. Découpez-le en plusieurs fichiers (par mois, par exemple).";

    public override string CallImportResultTitle => "Résultat de l'import";
    public override string CallImportCounts(int accepted, int replaced, int unchanged, int rejected) =>
        $"{Count(accepted, "appel ajouté", "appels ajoutés")}, {Count(replaced, "appel corrigé remplacé", "appels corrigés remplacés")}, "
        + $"{Count(unchanged, "appel déjà importé inchangé", "appels déjà importés inchangés")}, {Count(rejected, "ligne refusée", "lignes refusées")}.";
    public override string CallImportDropped(IReadOnlyList<string> columns) =>
        $"Colonnes écartées parce qu'elles identifient l'appelant·e : {string.Join(", ", columns)}. Ces colonnes ne sont jamais lues ni enregistrées.";
    public override string CallImportIgnored(IReadOnlyList<string> columns) =>
        $"Colonnes hors du format, non lues : {string.Join(", ", columns)}.";
    public override string CallImportSlaNote =>
        "Les niveaux de service et le tableau de bord qualité tiendront compte de ces appels au prochain calcul, qui passe toutes les 15 minutes.";
    public override string CallImportBeyondCatchUp(LocalDate since, int days) =>
        $"Certains appels sont antérieurs au {Format.Date(since)} : le calcul toutes les 15 minutes ne remonte pas au-delà de {days} jours et ne les comptera pas. "
        + "Pour un historique plus ancien, faites importer le fichier avec la commande import-calls, qui calcule aussi tout l'historique.";
    public override string RejectedRowsTitle(int count) => $"Lignes refusées ({count})";
    public override string RejectedRowsCaption(int shown, int count) =>
        shown == count ? "Lignes refusées, dans l'ordre du fichier" : $"Les {shown} premières lignes refusées, sur {count}";
    public override string RejectedRowsMore(int more) =>
        more == 1 ? "Une autre ligne refusée n'est pas affichée." : $"{more} autres lignes refusées ne sont pas affichées.";
    public override string RejectedRowsFix =>
        "Corrigez ces lignes dans le fichier puis importez-le de nouveau : les appels déjà importés ne seront pas comptés deux fois.";
    public override string RowLine => "Ligne";
    public override string RowCallId => "Identifiant d'appel";
    public override string RowReason => "Motif";
    public override string RowDetail => "Détail";

    private static string Count(int count, string one, string many) => count <= 1 ? $"{count} {one}" : $"{count} {many}";

    /// <summary>Decimal megabytes, as the limit is set: "30 Mo".</summary>
    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000} Mo");

    public override string CallFolderTitle => "Import automatique";
    public override string CallFolderIntro(string folder) =>
        $"Les fichiers .csv déposés dans le dossier {folder} (par la téléphonie, par exemple) sont importés chaque minute comme ci-dessus, "
        + "puis rangés dans imported/ ou refused/, chacun avec son résultat.";
    public override string CallFolderNone => "Aucun fichier importé depuis ce dossier pour l'instant.";
    public override string CallFolderCaption(int count) => count == 1 ? "Le dernier fichier traité" : $"Les {count} derniers fichiers traités, le plus récent d'abord";
    public override string CallFolderFile => "Fichier";
    public override string CallFolderWhen => "Traité le";
    public override string CallFolderOutcome => "Résultat";
    public override string CallFolderRefused(string why) => $"Refusé en entier : {why}";
}
