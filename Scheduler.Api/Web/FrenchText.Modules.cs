using Scheduler.Solver.Quality;

namespace Scheduler.Api.Web;

/// <summary>The texts of the training modules page in French.</summary>
public sealed partial class FrenchText
{
    public override string ModulesTitle => "Modules de formation";
    public override string ModulesIntro => "La qualification d'un·e écoutant·e vient de la formation initiale et des recyclages suivis, chacun à renouveler dans sa durée de validité. Définissez les modules ici, puis enregistrez qui a suivi quoi sur la fiche de chaque personne.";
    public override string NoModulesYet => "Aucun module n'est défini : la formation de chacun·e est alors celle saisie à la main.";
    public override string ModulesCaption(int count) => $"{count} module(s)";
    public override string ModuleDuration => "Durée";
    public override string ModuleValidity => "Validité";
    public override string ModuleKindName(TrainingModuleKind kind) => kind == TrainingModuleKind.Initial ? "Formation initiale" : "Recyclage";
    public override string Days(int days) => days <= 1 ? $"{days} jour" : $"{days} jours";
    public override string Months(int months) => $"{months} mois";
    public override string NoExpiry => "sans expiration";
    public override string AddModule => "Ajouter un module";
    public override string ModuleDurationLabel => "Durée (jours)";
    public override string ModuleValidityLabel => "Validité (mois)";
    public override string ModuleValidityHint => "recyclage seulement";
    public override string ModuleAdded => "Module ajouté.";
    public override string FieldModuleName => "Saisissez le nom du module (200 caractères au plus).";
    public override string FieldModuleExists => "Un module porte déjà ce nom.";
    public override string FieldDurationDays => "Nombre de jours attendu, de 0 à 365.";
    public override string FieldValidityMonths => "Un recyclage a une validité de 1 à 120 mois.";
    public override string FieldNoValidity => "La formation initiale n'expire pas : laissez la validité vide (les recyclages la renouvellent).";
    public override string ModulesLink => "Modules de formation";
    public override string ModuleActions => "Actions";
    public override string EditModule(string name) => $"Modifier « {name} »";
    public override string EditModuleHint => "Le code du module ne change pas, ses formations enregistrées restent. Changer le type ou la validité recalcule aussitôt la qualification des écoutant·es.";
    public override string DeleteModule => "Supprimer";
    public override string ModuleChanged => "Module modifié, qualifications à jour.";
    public override string ModuleDeleted => "Module supprimé.";
    public override string ModuleInUse(int completions) => completions == 1
        ? "1 formation enregistrée utilise ce module : il ne peut pas être supprimé."
        : $"{completions} formations enregistrées utilisent ce module : il ne peut pas être supprimé.";
}
