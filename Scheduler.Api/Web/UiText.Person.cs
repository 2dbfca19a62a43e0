using NodaTime;
using Scheduler.Api.Pages.Quality;
using Format = Scheduler.Api.Web.Show;

namespace Scheduler.Api.Web;

/// <summary>The texts of a person's page: a new contract and training finished (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string NewContract { get; }
    public abstract string NewContractHint { get; }
    public abstract string ContractFromLabel { get; }
    public abstract string ExtraHoursLabel { get; }
    public abstract string HoursHint { get; }
    public abstract string ContractSaved { get; }
    public abstract string FieldExtraHours { get; }
    public abstract string FieldNotInTheFuture { get; }
    public abstract string RecordChangedMeanwhile { get; }
    public abstract string FinishedModulesCaption { get; }
    public abstract string ModuleLabel { get; }
    public abstract string CompletedOnLabel { get; }
    public abstract string NoCompletions { get; }
    public abstract string NoModules { get; }
    public abstract string RecordTraining { get; }
    public abstract string RecordTrainingHint { get; }
    public abstract string TrainingSaved { get; }
    public abstract string TrainingExpiredOn(string day);
    public abstract string ExtraHoursLine(string hours);
    public abstract string MyTrainingTitle { get; }
    public abstract string MyTrainingNone { get; }
    public abstract string MyTrainingValid { get; }
    public abstract string MyTrainingValidUntil(string day);
    public abstract string MyTrainingExpiring(string day);
    public abstract string MyTrainingExpired(string day);

    /// <summary>"Formé·e · jusqu'au …", "Non formé·e", or "Formation expirée le …" once the date has passed on <paramref name="today"/>.</summary>
    public string TrainingSummary(bool trained, LocalDate? until, LocalDate today) =>
        TrainingStates.Of(trained, until, today) == TrainingState.Expired
            ? TrainingExpiredOn(Format.Date(until!.Value))
            : (trained ? Trained : NotTrained) + (until is { } date ? " · " + Until(Format.Date(date)) : "");
    public abstract string PersonNextTitle(int days);
    public abstract string PersonNoShifts(int days);
    public abstract string PersonMonthLine(string month, string paid, string expected, bool partlyPublished);
    public abstract string LeaveTally(string since, int earned, int taken, int booked, int left);
    public abstract string LeaveAsked(int days);
}
