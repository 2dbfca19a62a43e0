namespace Scheduler.Api.Web;

/// <summary>The texts of the e-mail that tells managers of a new request (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string MailTimeOffAskedSubject(string name);
    public abstract string MailTimeOffAskedBody(string name, string kind, string first, string last);
    public abstract string MailSwapAskedSubject(string name);
    public abstract string MailSwapAskedBody(string name, string colleague, string given, string taken);
    public abstract string MailRequestComment(string comment);
    public abstract string MailRequestLink(string link);
}
