namespace Scheduler.Api.Web;

/// <summary>The texts of a person's page in French.</summary>
public sealed partial class FrenchText
{
    public override string NewContract => "Nouveau contrat";
    public override string NewContractHint => "Le contrat en cours se termine la veille. Les heures complémentaires concernent les temps partiels : le planning n'en prévoit jamais plus de 10 % du contrat (L3123-28), ni de quoi atteindre 35 h.";
    public override string ContractFromLabel => "À partir du";
    public override string ExtraHoursLabel => "Heures complémentaires possibles par semaine";
    public override string HoursHint => "ex. 28 ou 17,5";
    public override string ContractSaved => "Contrat enregistré.";
    public override string FieldExtraHours => "Entre 0 et 48 heures, ou vide pour aucune.";
    public override string FieldNotInTheFuture => "La date ne peut pas être dans le futur.";
    public override string RecordChangedMeanwhile => "La fiche a été modifiée entre-temps : vérifiez-la et recommencez.";
    public override string FinishedModulesCaption => "Formations suivies, la plus récente d'abord";
    public override string ModuleLabel => "Module";
    public override string CompletedOnLabel => "Terminé le";
    public override string NoCompletions => "Aucune formation enregistrée : la qualification est celle saisie à la main.";
    public override string NoModules => "Aucun module de formation n'est défini :";
    public override string RecordTraining => "Enregistrer une formation suivie";
    public override string RecordTrainingHint => "La qualification est recalculée aussitôt : le prochain planning en tient compte.";
    public override string TrainingSaved => "Formation enregistrée, qualification à jour.";
    public override string TrainingExpiredOn(string day) => $"Formation expirée le {day}";
    public override string ExtraHoursLine(string hours) => $"heures complémentaires possibles : {hours}";
    public override string MyTrainingTitle => "Ma formation";
    public override string MyTrainingNone => "Vous n'êtes pas encore formé·e : vos services ne comptent pas encore dans la couverture de la ligne.";
    public override string MyTrainingValid => "Formé·e.";
    public override string MyTrainingValidUntil(string day) => $"Formé·e jusqu'au {day}.";
    public override string MyTrainingExpiring(string day) => $"Votre qualification expire le {day} : pensez au recyclage avec votre responsable.";
    public override string MyTrainingExpired(string day) => $"Votre qualification a expiré le {day} : parlez-en à votre responsable.";
    public override string PersonNextTitle(int days) => $"Prochains services ({days} jours)";
    public override string PersonNoShifts(int days) => $"Aucun service sur les plannings publiés des {days} prochains jours.";
    public override string PersonMonthLine(string month, string paid, string expected, bool partlyPublished) =>
        $"Ce mois-ci ({month}), sur les plannings publiés : {paid} payées pour {expected} attendues par le contrat sur ces jours" + (partlyPublished ? " (certains jours du mois n'ont pas encore de planning publié)." : ".");
    public override string LeaveTally(string since, int earned, int taken, int booked, int left) =>
        $"Congés payés depuis le {since} : {earned} jour(s) ouvrable(s) acquis à ce jour (2,5 par mois de contrat), {taken} pris, {booked} posé(s) à venir, soit {left} restant(s) (estimation ; la paie tient le solde officiel).";
    public override string LeaveAsked(int days) => $"Cette demande : {days} jour(s) ouvrable(s).";
}
