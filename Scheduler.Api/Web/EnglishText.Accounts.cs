namespace Scheduler.Api.Web;

/// <summary>The texts of sign-in accounts in English.</summary>
public sealed partial class EnglishText
{
    public override string ActivateTitle => "Activate my account";
    public override string ActivateIntro => "Choose your password: you will then sign in with your e-mail address and this password.";
    public override string ActivationLinkInvalid => "This activation link no longer works (already used, expired or replaced): ask your manager for a new one.";
    public override string NewPassword => "New password";
    public override string PasswordRules => "At least 12 characters, with a capital letter, a small letter, a digit and a symbol.";
    public override string ConfirmPassword => "Confirm the password";
    public override string PasswordsDiffer => "The two passwords differ.";
    public override string ActivateSubmit => "Activate the account";
    public override string AccountActivated => "Account activated: sign in with your new password.";
    public override string AccountTitle => "Sign-in account";
    public override string NoAccount => "No account yet: the person cannot see their shifts. Create it, then hand them the activation link (no e-mail is sent).";
    public override string CreateAccount => "Create the account";
    public override string NewActivationLink => "New activation link";
    public override string NewActivationLinkHint => "For a first sign-in or a forgotten password: the previous link stops working and the person is signed out.";
    public override string ActivationLinkToHand(int days) => $"Link to hand to the person, valid {days} days and once:";
    public override string FieldAccountEmail => "An e-mail address, with an @, that has no account yet.";
    public override string FieldAccountStaff => "This person already has an account, or is no longer active.";
    public override string AccountsTitle => "Sign-in accounts";
    public override string AccountsIntro => "Who can sign in. A listener's or a manager's account is made on their page; a quality lead's, here. The service sends no e-mail: hand the activation link to the person.";
    public override string AccountsCaption(int count) => $"{count} account(s)";
    public override string AccountStateLabel => "State";
    public override string AccountState(bool activated, bool closed) => closed ? "closed" : activated ? "activated" : "waiting for activation";
    public override string AccountRoleName(string role) => role switch { "Manager" => "Manager", "Listener" => "Listener", "QualityLead" => "Quality lead", _ => role };
    public override string ActivationLinkFor(string email, int days) => $"Activation link of {email}, to hand over, valid {days} days and once:";
    public override string NewActivationLinkFor(string email) => $"New activation link for {email}";
    public override string NewQualityLeadAccount => "Create a quality lead's account";
    public override string NewQualityLeadHint => "A quality lead reads the reports, alerts and training; this account is linked to no staff record.";
    public override string AccountsLink => "Sign-in accounts";
    public override string ForgottenPassword => "Forgotten password or first sign-in: ask your manager for an activation link.";
    public override string ForgotLink => "Forgotten password?";
    public override string ForgotTitle => "Forgotten password";
    public override string ForgotIntro => "Type your account's e-mail address: a link to choose a new password will be sent there. Your current password keeps working until you choose another.";
    public override string ForgotSubmit => "Send me the link";
    public override string ForgotEmailInvalid => "Type your account's e-mail address, with an @.";
    public override string ForgotSent(string email, int days) =>
        $"If an open account uses the address {email}, a link to choose a new password was just sent there, valid {days} days and once. "
        + "Nothing within a few minutes? Look in the spam folder, or ask your manager for an activation link.";
    public override string BackToSignIn => "Back to sign-in";
    public override string ChangePasswordTitle => "Change my password";
    public override string ChangePasswordLink => "Password";
    public override string CurrentPassword => "Current password";
    public override string CurrentPasswordWrong => "Type your current password.";
    public override string PasswordChanged => "Password changed: your other sessions are signed out.";
    public override string CloseAccount => "Close";
    public override string CloseAccountOf(string email) => $"Close the account {email}";
    public override string ReopenAccount => "Reopen";
    public override string ReopenAccountOf(string email) => $"Reopen the account {email}";
    public override string ReopenInactivePerson => "This account stays closed while the person is deactivated: reactivate them on the team page, which opens the account.";
}
