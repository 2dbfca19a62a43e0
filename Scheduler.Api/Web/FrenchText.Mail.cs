using NodaTime;

namespace Scheduler.Api.Web;

/// <summary>The texts of e-mail in French.</summary>
public sealed partial class FrenchText
{
    public override string MailActivationSubject => "Activez votre compte 3133 Planning";
    public override string MailActivationBody(string link, int days) =>
        $"Bonjour,\n\nUn compte 3133 Planning vous attend (ou un nouveau lien d'activation a été demandé pour le vôtre). "
        + $"Ouvrez ce lien pour choisir votre mot de passe ; il est valable {days} jours et une seule fois :\n\n{link}\n\n"
        + "Si vous n'attendiez pas ce message, ignorez-le : sans mot de passe choisi, personne ne peut utiliser ce compte.";
    public override string MailPasswordResetSubject => "Choisir un nouveau mot de passe 3133 Planning";
    public override string MailPasswordResetBody(string link, int days) =>
        "Bonjour,\n\nUn nouveau mot de passe a été demandé pour le compte 3133 Planning de cette adresse, depuis la page de connexion. "
        + $"Ouvrez ce lien pour le choisir ; il est valable {days} jours et une seule fois :\n\n{link}\n\n"
        + "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe actuel reste le bon.";
    public override string MailRotaSubject(string first, string last) => $"Planning publié du {first} au {last}";
    public override string MailRotaIntro(string name, string first, string last) =>
        $"Bonjour {name},\n\nLe planning du {first} au {last} est publié. Vos services (heures de Paris) :";
    public override string MailShiftLine(string day, string times) => $"{day} : {times}";
    public override string MailShiftBreak(string span) => $" (pause {span})";
    public override string MailRotaLink(string link) => $"Retrouvez vos horaires à tout moment sur {link}";
    public override string MailRotaChangedSubject(string first, string last) => $"Planning modifié du {first} au {last}";
    public override string MailRotaChangedIntro(string name, string first, string last) =>
        $"Bonjour {name},\n\nLe planning du {first} au {last} a été modifié. Ce qui change pour vous (heures de Paris) :";
    public override string MailShiftAdded(string day, string times) => $"{day} : nouveau service {times}";
    public override string MailShiftRemoved(string day, string times) => $"{day} : service {times} supprimé";
    public override string MailShiftMoved(string day, string was, string now) => $"{day} : {was} devient {now}";
    public override string MailShiftsNow => "Vos services sur la période, désormais :";
    public override string MailNoShiftsNow => "Vous n'avez plus de service sur la période.";
    public override string MailTimeOffSubject(bool approved) => approved ? "Demande d'absence acceptée" : "Demande d'absence refusée";
    public override string MailTimeOffBody(string name, string first, string last, bool approved) =>
        $"Bonjour {name},\n\nVotre demande d'absence du {first} au {last} est {(approved ? "acceptée : elle est enregistrée et les prochains plannings en tiennent compte." : "refusée.")}";
    public override string MailTimeOffCancelledSubject => "Absence annulée";
    public override string MailTimeOffCancelledBody(string name, string first, string last) =>
        $"Bonjour {name},\n\nUn responsable a annulé votre absence du {first} au {last}, acceptée auparavant : ces jours peuvent de nouveau être planifiés. Si ce n'est pas ce qui était convenu, parlez-en à un responsable.";
    public override string MailSwapSubject(bool approved) => approved ? "Échange de service accepté" : "Échange de service refusé";
    public override string MailSwapBody(string name, string colleague, string given, string taken, bool approved) => approved
        ? $"Bonjour {name},\n\nVotre échange avec {colleague} est accepté : vous travaillez le {taken} au lieu du {given}."
        : $"Bonjour {name},\n\nVotre demande d'échange de votre service du {given} contre celui de {colleague} du {taken} est refusée : votre service ne change pas.";
    public override string MailSwapColleagueBody(string name, string requester, string given, string taken) =>
        $"Bonjour {name},\n\nUn échange avec {requester} est accepté : vous travaillez le {taken} au lieu du {given}.";
    public override string MailShiftGivenSubject(string shift) => $"Service ajouté à votre planning : {shift}";
    public override string MailShiftGivenBody(string name, string shift) =>
        $"Bonjour {name},\n\nUn responsable vous a confié un service du planning publié, pour remplacer une personne absente : le {shift}. Si vous ne pouvez pas le faire, parlez-en à un responsable au plus vite.";
    public override string MailAnswer(string answer) => $"Réponse de l'encadrement : {answer}";
    public override string MailAlertSubject(string kind, string day) => $"Alerte qualité : {kind} ({day})";
    public override string MailAlertBody(string details, string link) => $"Bonjour,\n\n{details}\n\nLes alertes à traiter : {link}";
    public override string MailTestSubject => "E-mail d'essai de 3133 Planning";
    public override string MailTestBody(string server, string link) =>
        $"Bonjour,\n\nCet e-mail d'essai est passé par {server} : les e-mails du service arrivent jusqu'à vous.\n\n{link}";
    public override string MailStatusTitle => "E-mail";
    public override string MailStatus(string server, Instant? lastSent) =>
        $"Les e-mails partent par {server}, chaque minute. " + (lastSent is { } at ? $"Dernier e-mail remis au serveur le {Web.Show.Moment(at)}." : "Aucun e-mail remis pour l'instant.");
    public override string MailTestButton => "M'envoyer un e-mail d'essai";
    public override string MailTestQueued(string email) =>
        $"Un e-mail d'essai part vers {email} dans la minute. S'il n'arrive pas, l'erreur apparaîtra ci-dessous parmi les e-mails non remis.";
    public override string MailWeeklySubject(string monday) => $"Rapport qualité de la semaine du {monday}";
    public override string MailWeeklyIntro(string first, string last) => $"Bonjour,\n\nLe niveau de service du {first} au {last} :";
    public override string MailAllChannels => "tous canaux";
    public override string MailWeeklyLine(string channel, int calls, string withinTarget, string abandoned) =>
        $"{channel} : {calls} appel(s), {withinTarget} décrochés dans le délai cible, {abandoned} abandonnés";
    public override string MailWeeklyLink(string link) => $"Le détail par jour et par demi-heure : {link}";
    public override string MailWeeklyPredicted(string withinTarget, string? abandoned) =>
        $"Prévu par le planning publié (téléphone) : {withinTarget} décrochés dans le délai cible{(abandoned is null ? "" : $", {abandoned} abandonnés")}.";
    public override string MailChoicesLink(string link) => $"Pour choisir les e-mails que vous recevez : {link}";
    public override string PeopleEmailed(int count) => $"{count} personne(s) prévenue(s) par e-mail.";
    public override string ActivationLinkEmailed(string email) => $"Le lien a aussi été envoyé par e-mail à {email}.";
    public override string AccountsIntroMailOn => "Qui peut se connecter. Le compte d'un·e écoutant·e ou d'un·e responsable se crée sur sa fiche ; celui d'un·e responsable qualité, ici. Le lien d'activation est envoyé par e-mail à la personne et affiché ici, pour le lui transmettre au besoin.";
    public override string NoAccountMailOn => "Pas encore de compte : la personne ne peut pas consulter ses horaires. Créez-le : le lien d'activation lui est envoyé par e-mail et affiché ici.";
    public override string MailFailuresTitle => "E-mails non remis";
    public override string MailFailuresIntro => "Ces e-mails n'ont pas pu être envoyés. Le service réessaie (après 1, 5, 15 puis 60 minutes, puis toutes les heures) et abandonne après 10 essais : pour un lien d'activation, transmettez-le à la main (demandez un nouveau lien).";
    public override string MailFailuresCaption(int count) => $"{count} e-mail(s) non remis";
    public override string MailTo => "Destinataire";
    public override string MailSubject => "Objet";
    public override string MailAttempts => "Essais";
    public override string MailLastError => "Dernière erreur";
    public override string MailStateLabel => "Suite";
    public override string MailState(bool gaveUp, Instant nextAttempt) => gaveUp ? "abandonné" : $"nouvel essai le {Web.Show.Moment(nextAttempt)}";
    public override string MailCoverOfferedSubject(string shift) => $"Service à pourvoir : {shift}";
    public override string MailCoverOfferedBody(string name, string shift) =>
        $"Bonjour {name},\n\nUn service du planning publié cherche quelqu'un pour le prendre : le {shift}. Vous pourriez le faire : si vous le pouvez, dites-le, un responsable choisira parmi les volontaires et vous confirmera.";
    public override string MailCoverOfferedNote(string note) => $"Message : {note}";
    public override string MailCoverOfferedLink(string link) => $"Se porter volontaire : {link}";
    public override string MailTrainingExpiringSubject(string until) => $"Votre formation expire le {until}";
    public override string MailTrainingExpiringBody(string name, string until, string link) =>
        $"Bonjour {name},\n\nVotre formation d'écoutant·e est valable jusqu'au {until}. Après cette date, vous ne pourrez plus être planifié·e en écoute tant que le recyclage n'est pas fait : voyez dès maintenant avec l'encadrement pour vous y inscrire.\n\nVotre formation : {link}";
    public override string MailTrainingExpiredSubject => "Votre formation a expiré";
    public override string MailTrainingExpiredBody(string name, string until, string link) =>
        $"Bonjour {name},\n\nVotre formation d'écoutant·e était valable jusqu'au {until} : vous ne serez plus planifié·e en écoute tant que le recyclage n'est pas fait. Voyez avec l'encadrement pour vous y inscrire.\n\nVotre formation : {link}";
    public override string MailCoverClosedSubject(string shift) => $"Service plus à pourvoir : {shift}";
    public override string MailCoverClosedBody(string name, string shift, bool filled) =>
        $"Bonjour {name},\n\nMerci de vous être porté·e volontaire pour le service du {shift}. " + (filled ? "Il a été confié à une autre personne" : "Il n'est plus à pourvoir") + " : votre planning ne change pas.";
    public override string MailSickCallSubject(string name, string from) => $"Absence maladie signalée : {name}, à partir du {from}";
    public override string MailSickCallBody(string name, string first, string last) => $"Bonjour,\n\n{name} signale être malade du {first} au {last} ; l'absence est enregistrée.";
    public override string MailSickCallNote(string note) => $"Son message : {note}";
    public override string MailSickCallShifts => "Ses services à couvrir (chaque lien ouvre la page de remplacement) :";
    public override string MailSickCallNoShift => "Aucun service publié ces jours-là : rien à couvrir.";
    public override string MailSickCallLink(string link) => $"Les services à couvrir : {link}";
    public override string MailShiftOfferedSubject(string name) => $"{name} cherche un remplaçant";
    public override string MailShiftOfferedBody(string name, string shift) =>
        $"Bonjour,\n\n{name} ne peut pas assurer son service du {shift} et l'a proposé à ses collègues. Les volontaires apparaissent sur la page de remplacement, où vous le confiez à l'un d'eux ; d'ici là, le service reste le sien.";
    public override string MailShiftTakenSubject(string shift) => $"Service retiré de votre planning : {shift}";
    public override string MailShiftTakenBody(string name, string shift) =>
        $"Bonjour {name},\n\nVotre service du {shift} a été confié à une autre personne : vous n'êtes plus attendu·e ce jour-là pour ce service.";
}
