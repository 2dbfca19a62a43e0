using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>The requests page's texts in French.</summary>
public sealed partial class FrenchText
{
    public override string AbsenceGranted => "demande acceptée";
    public override string CancelGrantedAbsence => "Annuler (la personne est prévenue)";
    public override string SwapCheckClean => "L'échange n'enfreint aucune règle.";
    public override string SwapCheckStale => "Les services ont changé depuis la demande : elle ne peut plus être acceptée.";
    public override string SwapCheckBreaks(int count) => $"Après l'échange, {count} règle(s) enfreinte(s) pour ces deux personnes ; pour l'accepter quand même, donnez un motif de dérogation :";
    public override string SwapCheckOthers(int count) => $"L'échange enfreindrait aussi {count} autre(s) règle(s) du planning : un motif de dérogation sera demandé pour l'accepter.";
    public override string SwapCheckBefore(int count) => $"Le planning enfreignait déjà {count} règle(s) avant l'échange : elles ne comptent pas ici et ne demandent pas de motif.";
    public override string TimeOffShiftsAtStake(int count) => $"{count} service(s) publié(s) pendant ces jours, à re-planifier si vous acceptez :";
    public override string AwayAlso => "Absent·es aussi ces jours-là :";
    public override string NobodyElseAway => "Personne d'autre n'est absent ces jours-là.";
    public override string AwayPending => "demande en attente";
    public override string ComingAbsencesTitle => "Absences à venir";
    public override string AbsencesBeforeGenerating => "Le planning tient compte des absences enregistrées ; les demandes de congé en attente n'en sont pas encore :";
    public override string ComingAbsencesIntro(int weeks) => $"Les absences enregistrées et les demandes de congé en attente des {weeks} prochaines semaines, et, chaque semaine, le jour où le moins de personnes restent disponibles (sous contrat, formées pour les écoutant·es, pas absentes ; les demandes en attente n'y comptent pas).";
    public override string ComingAbsencesSpan => "Période";
    public override string OverWeeks(int weeks) => $"{weeks} semaines";
    public override string ComingAbsencesByWeek => "Semaine par semaine (du lundi)";
    public override string AwayThatWeek => "Absent·es au moins un jour";
    public override string ListenersFreeAtLowest => "Écoutant·es formé·es disponibles, au plus bas";
    public override string ManagersFreeAtLowest => "Responsables disponibles, au plus bas";
    public override string PendingThatWeek => "Demandes en attente";
    public override string FreeOfOn(int free, int total, string day) => $"{free} sur {total} ({day})";
    public override string ComingAbsencesCaption(int count) => $"{count} absence(s) et demande(s)";
    public override string NoComingAbsences => "Aucune absence ni demande en attente ces semaines-là.";
    public override string AbsenceRecorded => "enregistrée";
    public override string LeftIfApproved(StaffRole role, int left, int total, string day) => role == StaffRole.Manager
        ? $"Si vous acceptez, au plus bas {left} responsable(s) disponible(s) sur {total} ({day})."
        : $"Si vous acceptez, au plus bas {left} écoutant·e(s) formé·e(s) disponible(s) sur {total} ({day}).";
    public override string RequestsTitle => "Demandes à traiter";
    public override string RequestOutcome(string code) => code switch { "ok-approved" => "Demande acceptée.", "ok-refused" => "Demande refusée.", "needs-override" => "L'échange enfreint des règles : donnez un motif de dérogation pour l'accepter.", "not-found" => "Cette demande n'existe plus.", _ => "La demande a déjà été traitée ou les services ont changé." };
    public override string TimeOffRequests => "Congés";
    public override string SwapRequests => "Échanges de services";
    public override string SickCallTitle => "Malade aujourd'hui ? Prévenir l'encadrement";
    public override string SickCallHelp => "L'absence est enregistrée tout de suite et chaque responsable reçoit un e-mail avec vos services à couvrir. Envoyez ensuite votre arrêt de travail.";
    public override string SickCallDays => "Jusqu'à quand";
    public override string SickCallUntil(int days, string last) => days == 1 ? $"aujourd'hui seulement ({last})" : $"{days} jours, jusqu'au {last}";
    public override string SickCallNote => "Un mot pour l'encadrement (facultatif)";
    public override string SickCallSend => "Prévenir l'encadrement";
}
