namespace Scheduler.Api.Web;

/// <summary>A generation no rota can answer, in English.</summary>
public sealed partial class EnglishText
{
    public override string NoRotaKeepsEveryRule => "No rota can keep every rule over this period. The solver isolated what puts them in conflict: change one of these (an absence, a contract, the floor minimum) and generate again.";
    public override string RulesInConflict => "Rules in conflict";
    public override string HoursShortTitle => "Hours that cannot be covered";
    public override string HoursShort(string day, string hours, bool managers) =>
        managers ? $"{day}: {hours} without a manager on duty" : $"{day}: {hours} of listening missing to keep the minimum of trained listeners";
    public override string HoursShortNote => "The best rota found without the floor minimum; the hours may split a little differently between the days.";
}
