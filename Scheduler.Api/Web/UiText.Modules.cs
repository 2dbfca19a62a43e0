using Scheduler.Solver.Quality;

namespace Scheduler.Api.Web;

/// <summary>The texts of the training modules page (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string ModulesTitle { get; }
    public abstract string ModulesIntro { get; }
    public abstract string NoModulesYet { get; }
    public abstract string ModulesCaption(int count);
    public abstract string ModuleDuration { get; }
    public abstract string ModuleValidity { get; }
    public abstract string ModuleKindName(TrainingModuleKind kind);
    public abstract string Days(int days);
    public abstract string Months(int months);
    public abstract string NoExpiry { get; }
    public abstract string AddModule { get; }
    public abstract string ModuleDurationLabel { get; }
    public abstract string ModuleValidityLabel { get; }
    public abstract string ModuleValidityHint { get; }
    public abstract string ModuleAdded { get; }
    public abstract string FieldModuleName { get; }
    public abstract string FieldModuleExists { get; }
    public abstract string FieldDurationDays { get; }
    public abstract string FieldValidityMonths { get; }
    public abstract string FieldNoValidity { get; }
    public abstract string ModulesLink { get; }
    public abstract string ModuleActions { get; }
    public abstract string EditModule(string name);
    public abstract string EditModuleHint { get; }
    public abstract string DeleteModule { get; }
    public abstract string ModuleChanged { get; }
    public abstract string ModuleDeleted { get; }

    /// <summary>Why a module cannot be deleted: <paramref name="completions"/> training records refer to it.</summary>
    public abstract string ModuleInUse(int completions);
}
