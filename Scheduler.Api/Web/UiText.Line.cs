namespace Scheduler.Api.Web;

/// <summary>The texts of the line's yesterday and today on the managers' home (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string LineTitle { get; }
    public abstract string LineYesterday(string day);
    public abstract string LineTodaySoFar { get; }
    public abstract string LineCalls(int offered, string serviceLevel, string abandonment);
    public abstract string LineNoCalls { get; }
    public abstract string LineBelowTarget(string goal);
    public abstract string LineAbandonmentAbove(string most);
    public abstract string LineDashboard { get; }

    /// <summary>When the latest call stored was offered (<paramref name="moment"/>, Paris time): how far the figures reach.</summary>
    public abstract string LatestCall(string moment);
    public abstract string NoCallRecorded { get; }
    public abstract string Patience(string mean, int abandoned, int calls, int days);
    public abstract string PatienceTooFewAbandons(int abandoned, int least, int days);
}
