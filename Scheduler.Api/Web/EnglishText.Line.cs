namespace Scheduler.Api.Web;

/// <summary>The line's yesterday and today, in English.</summary>
public sealed partial class EnglishText
{
    public override string LineTitle => "The line";
    public override string LineYesterday(string day) => $"Yesterday ({day})";
    public override string LineTodaySoFar => "Today so far";
    public override string LineCalls(int offered, string serviceLevel, string abandonment) => $"{offered} call(s), {serviceLevel} answered in time, {abandonment} abandoned";
    public override string LineNoCalls => "no call recorded";
    public override string LineBelowTarget(string goal) => $"below the {goal} target";
    public override string LineAbandonmentAbove(string most) => $"abandonment above {most}";
    public override string LineDashboard => "Quality dashboard";
    public override string LatestCall(string moment) => $"Latest call recorded: {moment}. The figures count the calls imported up to then only.";
    public override string NoCallRecorded => "No call recorded yet: the figures come with the first import.";
    public override string Patience(string mean, int abandoned, int calls, int days) =>
        $"Callers' patience, estimated over the last {days} days: {mean} of waiting on average before hanging up ({abandoned} abandon(s) out of {calls} phone call(s), abandons under 5 s left out).";
    public override string PatienceTooFewAbandons(int abandoned, int least, int days) =>
        $"Callers' patience: too few abandons over the last {days} days to estimate it ({abandoned}; {least} are needed).";
}
