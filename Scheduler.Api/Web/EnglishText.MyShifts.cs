namespace Scheduler.Api.Web;

/// <summary>A listener's own coming shifts, in English.</summary>
public sealed partial class EnglishText
{
    public override string TodayTag => "Today";
    public override string ShiftUnderWay => "under way: if you cannot go on, tell the managers (Sick today?)";
    public override string ShiftDone => "done";
}
