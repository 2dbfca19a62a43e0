namespace Scheduler.Api.Web;

/// <summary>The texts of sign-in accounts in French.</summary>
public sealed partial class FrenchText
{
    public override string ActivateTitle => "Activer mon compte";
    public override string ActivateIntro => "Choisissez votre mot de passe : vous vous connecterez ensuite avec votre adresse e-mail et ce mot de passe.";
    public override string ActivationLinkInvalid => "Ce lien d'activation n'est plus valable (déjà utilisé, expiré ou remplacé) : demandez-en un nouveau à votre responsable.";
    public override string NewPassword => "Nouveau mot de passe";
    public override string PasswordRules => "12 caractères au moins, avec une majuscule, une minuscule, un chiffre et un symbole.";
    public override string ConfirmPassword => "Confirmer le mot de passe";
    public override string PasswordsDiffer => "Les deux mots de passe diffèrent.";
    public override string ActivateSubmit => "Activer le compte";
    public override string AccountActivated => "Compte activé : connectez-vous avec votre nouveau mot de passe.";
    public override string AccountTitle => "Compte de connexion";
    public override string NoAccount => "Pas encore de compte : la personne ne peut pas consulter ses horaires. Créez-le, puis transmettez-lui le lien d'activation (aucun e-mail n'est envoyé).";
    public override string CreateAccount => "Créer le compte";
    public override string NewActivationLink => "Nouveau lien d'activation";
    public override string NewActivationLinkHint => "Pour un premier accès ou un mot de passe oublié : le lien précédent ne fonctionne plus et la personne est déconnectée.";
    public override string ActivationLinkToHand(int days) => $"Lien à transmettre à la personne, valable {days} jours et une seule fois :";
    public override string FieldAccountEmail => "Adresse e-mail attendue, avec un @, qui n'a pas encore de compte.";
    public override string FieldAccountStaff => "Cette personne a déjà un compte, ou n'est plus active.";
    public override string AccountsTitle => "Comptes de connexion";
    public override string AccountsIntro => "Qui peut se connecter. Le compte d'un·e écoutant·e ou d'un·e responsable se crée sur sa fiche ; celui d'un·e responsable qualité, ici. Le service n'envoie pas d'e-mail : transmettez le lien d'activation à la personne.";
    public override string AccountsCaption(int count) => $"{count} compte(s)";
    public override string AccountStateLabel => "État";
    public override string AccountState(bool activated, bool closed) => closed ? "fermé" : activated ? "activé" : "en attente d'activation";
    public override string AccountRoleName(string role) => role switch { "Manager" => "Responsable", "Listener" => "Écoutant·e", "QualityLead" => "Responsable qualité", _ => role };
    public override string ActivationLinkFor(string email, int days) => $"Lien d'activation de {email}, à lui transmettre, valable {days} jours et une seule fois :";
    public override string NewActivationLinkFor(string email) => $"Nouveau lien d'activation pour {email}";
    public override string NewQualityLeadAccount => "Créer le compte d'un·e responsable qualité";
    public override string NewQualityLeadHint => "Un·e responsable qualité lit les rapports, les alertes et la formation ; ce compte n'est lié à aucune fiche du personnel.";
    public override string AccountsLink => "Comptes de connexion";
    public override string ForgottenPassword => "Mot de passe oublié ou premier accès : demandez un lien d'activation à votre responsable.";
    public override string ForgotLink => "Mot de passe oublié ?";
    public override string ForgotTitle => "Mot de passe oublié";
    public override string ForgotIntro => "Saisissez l'adresse e-mail de votre compte : un lien pour choisir un nouveau mot de passe y sera envoyé. Votre mot de passe actuel reste valable tant que vous n'en avez pas choisi un autre.";
    public override string ForgotSubmit => "Recevoir le lien";
    public override string ForgotEmailInvalid => "Saisissez l'adresse e-mail de votre compte, avec un @.";
    public override string ForgotSent(string email, int days) =>
        $"Si un compte ouvert utilise l'adresse {email}, un lien pour choisir un nouveau mot de passe vient d'y être envoyé, valable {days} jours et une seule fois. "
        + "Rien reçu d'ici quelques minutes ? Regardez dans les indésirables, ou demandez un lien d'activation à votre responsable.";
    public override string BackToSignIn => "Retour à la connexion";
    public override string ChangePasswordTitle => "Changer mon mot de passe";
    public override string ChangePasswordLink => "Mot de passe";
    public override string CurrentPassword => "Mot de passe actuel";
    public override string CurrentPasswordWrong => "Saisissez votre mot de passe actuel.";
    public override string PasswordChanged => "Mot de passe changé : vos autres sessions sont déconnectées.";
    public override string CloseAccount => "Fermer";
    public override string CloseAccountOf(string email) => $"Fermer le compte {email}";
    public override string ReopenAccount => "Rouvrir";
    public override string ReopenAccountOf(string email) => $"Rouvrir le compte {email}";
    public override string ReopenInactivePerson => "Ce compte reste fermé tant que la personne est désactivée : réactivez-la dans l'équipe, ce qui rouvre son compte.";
}
