namespace Scheduler.Api.Web;

/// <summary>The e-mail of a new request, in English.</summary>
public sealed partial class EnglishText
{
    public override string MailTimeOffAskedSubject(string name) => $"Time-off request from {name}";
    public override string MailTimeOffAskedBody(string name, string kind, string first, string last) =>
        $"Hello,\n\n{name} asks for time off ({kind}) from {first} to {last}.";
    public override string MailSwapAskedSubject(string name) => $"Swap request from {name}";
    public override string MailSwapAskedBody(string name, string colleague, string given, string taken) =>
        $"Hello,\n\n{name} asks to swap their shift of {given} for {colleague}'s of {taken}.";
    public override string MailRequestComment(string comment) => $"Their comment: {comment}";
    public override string MailRequestLink(string link) => $"To answer it: {link}";
}
