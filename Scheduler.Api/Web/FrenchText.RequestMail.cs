namespace Scheduler.Api.Web;

/// <summary>The e-mail of a new request, in French.</summary>
public sealed partial class FrenchText
{
    public override string MailTimeOffAskedSubject(string name) => $"Demande d'absence de {name}";
    public override string MailTimeOffAskedBody(string name, string kind, string first, string last) =>
        $"Bonjour,\n\n{name} demande une absence ({kind}) du {first} au {last}.";
    public override string MailSwapAskedSubject(string name) => $"Demande d'échange de {name}";
    public override string MailSwapAskedBody(string name, string colleague, string given, string taken) =>
        $"Bonjour,\n\n{name} demande d'échanger son service du {given} contre celui de {colleague} du {taken}.";
    public override string MailRequestComment(string comment) => $"Son commentaire : {comment}";
    public override string MailRequestLink(string link) => $"Pour y répondre : {link}";
}
