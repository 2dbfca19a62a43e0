namespace Scheduler.Api.Web;

/// <summary>A generation that found no rota keeping every rule: what conflicts, and the hours the staff cannot cover.</summary>
public abstract partial class UiText
{
    public abstract string NoRotaKeepsEveryRule { get; }
    public abstract string RulesInConflict { get; }
    public abstract string HoursShortTitle { get; }
    public abstract string HoursShort(string day, string hours, bool managers);
    public abstract string HoursShortNote { get; }
}
