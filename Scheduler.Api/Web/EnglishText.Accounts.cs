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
    public override string AccountStateOf(string email, bool activated, bool closed) => $"{email} · " + (closed ? "closed (person deactivated)" : activated ? "activated" : "waiting for activation");
    public override string NewActivationLink => "New activation link";
    public override string NewActivationLinkHint => "For a first sign-in or a forgotten password: the previous link stops working and the person is signed out.";
    public override string ActivationLinkToHand(int days) => $"Link to hand to the person, valid {days} days and once:";
    public override string FieldAccountEmail => "An e-mail address, with an @, that has no account yet.";
    public override string FieldAccountStaff => "This person already has an account, or is no longer active.";
}
