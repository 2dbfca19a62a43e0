namespace Scheduler.Api.Web;

/// <summary>The person form's texts in English.</summary>
public sealed partial class EnglishText
{
    public override string EditPersonTitle(string name) => $"Edit {name}'s record";
    public override string EditPersonLink => "Edit the record";
    public override string NoEmail => "not given";
    public override string EditPersonIntro => "Name, e-mail and channels. The contract, training and sign-in account are changed on the record's page.";
    public override string EditPersonSaved => "Record saved.";
    public override string EditPersonRejected => "The record was not saved: check the form.";
    public override string EditPersonStale => "Another manager changed this record meanwhile: here is what is stored now. Make your change again.";
    public override string EditPersonNoContract => "No contract is in force today: add one on the record's page before editing it.";
}
