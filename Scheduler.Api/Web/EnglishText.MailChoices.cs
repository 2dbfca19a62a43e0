namespace Scheduler.Api.Web;

/// <summary>The texts of the e-mail choices page in English.</summary>
public sealed partial class EnglishText
{
    public override string MailChoicesTitle => "My e-mails";
    public override string MailChoicesNavLink => "E-mails";
    public override string MailChoicesIntro =>
        "The service always writes what you need to know: an activation link, your published shifts, the answer to your requests. The e-mails below inform; choose the ones you receive.";
    public override string MailChoicesServiceOff =>
        "This service sends no e-mail for now (no mail server is set up): your choices will apply as soon as it does.";
    public override string MailChoicesLegend => "I receive by e-mail:";
    public override string MailChoiceAlerts => "each new quality alert about today or yesterday";
    public override string MailChoiceWeeklyReport => "last week's service-level report, every Monday";
    public override string MailChoiceRequests => "each new time-off or swap request from a listener";
    public override string MailChoicesSaved => "Your choices are saved.";
}
