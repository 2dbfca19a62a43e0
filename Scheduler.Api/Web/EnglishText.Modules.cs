using Scheduler.Solver.Quality;

namespace Scheduler.Api.Web;

/// <summary>The texts of the training modules page in English.</summary>
public sealed partial class EnglishText
{
    public override string ModulesTitle => "Training modules";
    public override string ModulesIntro => "A listener's qualification comes from the initial training and the refreshers they finished, each to renew within its validity. Define the modules here, then record who finished which on each person's page.";
    public override string NoModulesYet => "No module is defined: everyone's training is then the one set by hand.";
    public override string ModulesCaption(int count) => $"{count} module(s)";
    public override string ModuleDuration => "Length";
    public override string ModuleValidity => "Validity";
    public override string ModuleKindName(TrainingModuleKind kind) => kind == TrainingModuleKind.Initial ? "Initial training" : "Refresher";
    public override string Days(int days) => days == 1 ? "1 day" : $"{days} days";
    public override string Months(int months) => months == 1 ? "1 month" : $"{months} months";
    public override string NoExpiry => "does not expire";
    public override string AddModule => "Add a module";
    public override string ModuleDurationLabel => "Length (days)";
    public override string ModuleValidityLabel => "Validity (months)";
    public override string ModuleValidityHint => "refresher only";
    public override string ModuleAdded => "Module added.";
    public override string FieldModuleName => "Type the module's name (at most 200 characters).";
    public override string FieldModuleExists => "A module already has this name.";
    public override string FieldDurationDays => "A number of days, from 0 to 365.";
    public override string FieldValidityMonths => "A refresher is valid from 1 to 120 months.";
    public override string FieldNoValidity => "The initial training does not expire: leave the validity empty (refreshers renew it).";
    public override string ModulesLink => "Training modules";
    public override string ModuleActions => "Actions";
    public override string EditModule(string name) => $"Edit “{name}”";
    public override string EditModuleHint => "The module's code does not change and its training records stay. Changing the kind or the validity recomputes the listeners' qualifications at once.";
    public override string DeleteModule => "Delete";
    public override string ModuleChanged => "Module changed, qualifications up to date.";
    public override string ModuleDeleted => "Module deleted.";
    public override string ModuleInUse(int completions) => completions == 1
        ? "1 training record uses this module: it cannot be deleted."
        : $"{completions} training records use this module: it cannot be deleted.";
}
