namespace Scheduler.Api.Web;

/// <summary>The texts of sign-in accounts: activation and the person page's account section (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string ActivateTitle { get; }
    public abstract string ActivateIntro { get; }
    public abstract string ActivationLinkInvalid { get; }
    public abstract string NewPassword { get; }
    public abstract string PasswordRules { get; }
    public abstract string ConfirmPassword { get; }
    public abstract string PasswordsDiffer { get; }
    public abstract string ActivateSubmit { get; }
    public abstract string AccountActivated { get; }
    public abstract string AccountTitle { get; }
    public abstract string NoAccount { get; }
    public abstract string CreateAccount { get; }
    public string AccountStateOf(string email, bool activated, bool closed) => $"{email} · {AccountState(activated, closed)}";
    public abstract string NewActivationLink { get; }
    public abstract string NewActivationLinkHint { get; }
    public abstract string ActivationLinkToHand(int days);
    public abstract string FieldAccountEmail { get; }
    public abstract string FieldAccountStaff { get; }
    public abstract string AccountsTitle { get; }
    public abstract string AccountsIntro { get; }
    public abstract string AccountsCaption(int count);
    public abstract string AccountStateLabel { get; }
    public abstract string AccountState(bool activated, bool closed);
    public abstract string AccountRoleName(string role);
    public abstract string ActivationLinkFor(string email, int days);
    public abstract string NewActivationLinkFor(string email);
    public abstract string NewQualityLeadAccount { get; }
    public abstract string NewQualityLeadHint { get; }
    public abstract string AccountsLink { get; }
    public abstract string ForgottenPassword { get; }
    public abstract string ForgotLink { get; }
    public abstract string ForgotTitle { get; }
    public abstract string ForgotIntro { get; }
    public abstract string ForgotSubmit { get; }
    public abstract string ForgotEmailInvalid { get; }
    public abstract string ForgotSent(string email, int days);
    public abstract string BackToSignIn { get; }
    public abstract string ChangePasswordTitle { get; }
    public abstract string ChangePasswordLink { get; }
    public abstract string CurrentPassword { get; }
    public abstract string CurrentPasswordWrong { get; }
    public abstract string PasswordChanged { get; }
    public abstract string CloseAccount { get; }
    public abstract string CloseAccountOf(string email);
    public abstract string ReopenAccount { get; }
    public abstract string ReopenAccountOf(string email);
    public abstract string ReopenInactivePerson { get; }
}
