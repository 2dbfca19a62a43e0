namespace Scheduler.Api.Web;

/// <summary>The texts of adding and deactivating a person in English.</summary>
public sealed partial class EnglishText
{
    public override string AddPersonTitle => "Add a person";
    public override string AddPersonIntro(string today) => $"The contract starts today, {today}. Rotas generated from now on count on this person; existing rotas do not change.";
    public override string NoSignInAccount => "No sign-in account is created: the person appears on rotas but cannot open \u201cMy schedule\u201d until an account is linked to their record (the service does not create one yet).";
    public override string PersonName => "Full name";
    public override string OptionalField => "optional";
    public override string WeeklyHoursLabel => "Weekly contract hours";
    public override string WeeklyHoursHint => "for example 35, 28, 24 or 17.5; more than 0 and at most 48 h (the legal maximum), in whole minutes. Part-time is at least 24 h (the legal minimum) unless the person asks otherwise in writing: the service does not check this.";
    public override string QualifiedUntilLabel => "Training valid until";
    public override string TrainedLabel => "Trained listener (may answer alone)";
    public override string AddPersonSubmit => "Add the person";
    public override string BackToStaff => "Back to the staff";
    public override string FieldPersonName(int maxLength) => $"Enter the name (at most {maxLength} characters).";
    public override string FieldEmailAddress(int maxLength) => $"An e-mail address, with an @ (at most {maxLength} characters).";
    public override string FieldWeeklyHours => "A number of hours: more than 0 and at most 48 (the legal maximum), in whole minutes (17.5 for 17 h 30).";
    public override string FieldQualifiedUntil(string first, string last) => $"A date as dd/mm/yyyy, from {first} to {last}.";
    public override string FieldChannels => "Choose among the channels offered.";
    public override string StaffFormRejected => "The person was not added: check the form.";
    public override string PersonAdded(string name) => $"{name} has been added to the staff.";
    public override string StaffActions => "Action";
    public override string Deactivate => "Deactivate";
    public override string DeactivatePerson(string name) => $"Deactivate {name}";
    public override string PersonDeactivated(string name) => $"{name} is deactivated: rotas generated from now on no longer count on this person; existing rotas keep them; their sign-in account and calendar link are closed.";
    public override string PersonChangedMeanwhile(string name) => $"{name} was changed by someone else at the same time: nothing changed, try again.";
    public override string Reactivate => "Reactivate";
    public override string ReactivatePerson(string name) => $"Reactivate {name}";
    public override string PersonReactivated(string name) => $"{name} is active again: rotas generated from now on count on this person, and their sign-in account is open again.";
    public override string ShiftsLeftToReplan(string name, int count) => $"{name} still has {count} shift(s) in rotas published from today on: re-plan those weeks (\u201cRe-plan\u201d on the rota).";
    public override string CannotDeactivateSelf(string name) => $"{name} is your own record: another manager must deactivate it (your account would be closed).";
}
