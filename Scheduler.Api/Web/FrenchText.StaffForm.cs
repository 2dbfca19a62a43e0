namespace Scheduler.Api.Web;

/// <summary>The texts of adding and deactivating a person in French.</summary>
public sealed partial class FrenchText
{
    public override string AddPersonTitle => "Ajouter une personne";
    public override string AddPersonIntro(string today) => $"Le contrat commence aujourd'hui, le {today}. Les prochains plannings générés comptent sur cette personne ; les plannings existants ne changent pas.";
    public override string NoSignInAccount => "Aucun compte de connexion n'est créé : la personne figure dans les plannings mais ne peut pas consulter « Mes horaires » tant qu'aucun compte n'est lié à sa fiche (le service n'en crée pas encore).";
    public override string PersonName => "Nom et prénom";
    public override string OptionalField => "facultatif";
    public override string WeeklyHoursLabel => "Heures par semaine au contrat";
    public override string WeeklyHoursHint => "par exemple 35, 28, 24 ou 17,5 ; plus de 0 et au plus 48 h (maximum légal), en minutes entières. Un temps partiel compte au moins 24 h (minimum légal) sauf demande écrite de la personne : le service ne le vérifie pas.";
    public override string QualifiedUntilLabel => "Formation valable jusqu'au";
    public override string TrainedLabel => "Formé·e à l'écoute (peut répondre seul·e)";
    public override string AddPersonSubmit => "Ajouter la personne";
    public override string BackToStaff => "Retour à l'équipe";
    public override string FieldPersonName(int maxLength) => $"Saisissez le nom ({maxLength} caractères au plus).";
    public override string FieldEmailAddress(int maxLength) => $"Adresse e-mail attendue, avec un @ ({maxLength} caractères au plus).";
    public override string FieldWeeklyHours => "Nombre d'heures attendu : plus de 0 et au plus 48 (maximum légal), en minutes entières (17,5 pour 17 h 30).";
    public override string FieldQualifiedUntil(string first, string last) => $"Date attendue au format jj/mm/aaaa, du {first} au {last}.";
    public override string FieldChannels => "Choisissez parmi les canaux proposés.";
    public override string StaffFormRejected => "La personne n'a pas été ajoutée : vérifiez le formulaire.";
    public override string PersonAdded(string name) => $"{name} a été ajouté·e à l'équipe.";
    public override string StaffActions => "Action";
    public override string Deactivate => "Désactiver";
    public override string DeactivatePerson(string name) => $"Désactiver {name}";
    public override string PersonDeactivated(string name) => $"{name} est désactivé·e : les prochains plannings générés ne comptent plus sur cette personne ; les plannings existants la gardent ; son compte de connexion et son lien d'agenda sont fermés.";
    public override string PersonChangedMeanwhile(string name) => $"{name} a été modifié·e en même temps par quelqu'un d'autre : rien n'a changé, réessayez.";
    public override string Reactivate => "Réactiver";
    public override string ReactivatePerson(string name) => $"Réactiver {name}";
    public override string PersonReactivated(string name) => $"{name} est de nouveau active : les prochains plannings générés comptent sur cette personne, et son compte de connexion est rouvert.";
    public override string ShiftsLeftToReplan(string name, int count) => $"{name} a encore {count} service(s) dans des plannings publiés à partir d'aujourd'hui : re-planifiez ces semaines (« Re-planifier » sur le planning).";
    public override string CannotDeactivateSelf(string name) => $"{name} est votre propre fiche : un·e autre responsable doit la désactiver (votre compte serait fermé).";
}
