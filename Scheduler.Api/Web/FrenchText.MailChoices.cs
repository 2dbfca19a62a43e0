namespace Scheduler.Api.Web;

/// <summary>The texts of the e-mail choices page in French.</summary>
public sealed partial class FrenchText
{
    public override string MailChoicesTitle => "Mes e-mails";
    public override string MailChoicesNavLink => "E-mails";
    public override string MailChoicesIntro =>
        "Le service vous écrit toujours ce que vous devez savoir : un lien d'activation, vos horaires publiés, la réponse à vos demandes. Les e-mails ci-dessous informent ; choisissez ceux que vous recevez.";
    public override string MailChoicesServiceOff =>
        "Ce service n'envoie pas d'e-mails pour l'instant (aucun serveur d'envoi n'est configuré) : vos choix s'appliqueront dès qu'il en enverra.";
    public override string MailChoicesLegend => "Je reçois par e-mail :";
    public override string MailChoiceAlerts => "chaque nouvelle alerte qualité du jour ou de la veille";
    public override string MailChoiceWeeklyReport => "le rapport de niveau de service de la semaine passée, chaque lundi";
    public override string MailChoiceRequests => "chaque nouvelle demande de congé ou d'échange d'un·e écoutant·e";
    public override string MailChoicesSaved => "Vos choix sont enregistrés.";
}
