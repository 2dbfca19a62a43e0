namespace Scheduler.Api.Web;

/// <summary>The texts of adding a person and deactivating one from the staff pages (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string AddPersonTitle { get; }
    public abstract string AddPersonIntro(string today);
    public abstract string NoSignInAccount { get; }
    public abstract string PersonName { get; }
    public abstract string OptionalField { get; }
    public abstract string WeeklyHoursLabel { get; }
    public abstract string WeeklyHoursHint { get; }
    public abstract string QualifiedUntilLabel { get; }
    public abstract string TrainedLabel { get; }
    public abstract string AddPersonSubmit { get; }
    public abstract string BackToStaff { get; }
    public abstract string FieldPersonName(int maxLength);
    public abstract string FieldEmailAddress(int maxLength);
    public abstract string FieldWeeklyHours { get; }
    public abstract string FieldQualifiedUntil(string first, string last);
    public abstract string FieldChannels { get; }
    public abstract string StaffFormRejected { get; }
    public abstract string PersonAdded(string name);
    public abstract string StaffActions { get; }
    public abstract string Deactivate { get; }
    public abstract string DeactivatePerson(string name);
    public abstract string PersonDeactivated(string name);
    public abstract string PersonChangedMeanwhile(string name);
    public abstract string Reactivate { get; }
    public abstract string ReactivatePerson(string name);
    public abstract string PersonReactivated(string name);
    public abstract string ShiftsLeftToReplan(string name, int count);
    public abstract string CannotDeactivateSelf(string name);
}
