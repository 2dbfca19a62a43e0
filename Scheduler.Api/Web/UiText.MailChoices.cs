namespace Scheduler.Api.Web;

/// <summary>The texts of the page where a quality lead or manager chooses their optional e-mails (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string MailChoicesTitle { get; }
    public abstract string MailChoicesNavLink { get; }
    public abstract string MailChoicesIntro { get; }
    public abstract string MailChoicesServiceOff { get; }
    public abstract string MailChoicesLegend { get; }
    public abstract string MailChoiceAlerts { get; }
    public abstract string MailChoiceWeeklyReport { get; }
    public abstract string MailChoiceRequests { get; }
    public abstract string MailChoicesSaved { get; }
}
