using NodaTime;

namespace Scheduler.Api.Web;

/// <summary>The texts of e-mail in English.</summary>
public sealed partial class EnglishText
{
    public override string MailActivationSubject => "Activate your 3133 Planning account";
    public override string MailActivationBody(string link, int days) =>
        $"Hello,\n\nA 3133 Planning account is waiting for you (or a new activation link was asked for yours). "
        + $"Open this link to choose your password; it works for {days} days and once:\n\n{link}\n\n"
        + "If you did not expect this message, ignore it: without a chosen password, nobody can use this account.";
    public override string MailPasswordResetSubject => "Choose a new 3133 Planning password";
    public override string MailPasswordResetBody(string link, int days) =>
        "Hello,\n\nA new password was asked for the 3133 Planning account of this address, from the sign-in page. "
        + $"Open this link to choose it; it works for {days} days and once:\n\n{link}\n\n"
        + "If you asked for nothing, ignore this message: your current password stays the right one.";
    public override string MailRotaSubject(string first, string last) => $"Rota published from {first} to {last}";
    public override string MailRotaIntro(string name, string first, string last) =>
        $"Hello {name},\n\nThe rota from {first} to {last} is published. Your shifts (Paris time):";
    public override string MailShiftLine(string day, string times) => $"{day}: {times}";
    public override string MailShiftBreak(string span) => $" (break {span})";
    public override string MailRotaLink(string link) => $"See your shifts any time at {link}";
    public override string MailRotaChangedSubject(string first, string last) => $"Rota changed from {first} to {last}";
    public override string MailRotaChangedIntro(string name, string first, string last) =>
        $"Hello {name},\n\nThe rota from {first} to {last} was changed. What changes for you (Paris time):";
    public override string MailShiftAdded(string day, string times) => $"{day}: new shift {times}";
    public override string MailShiftRemoved(string day, string times) => $"{day}: shift {times} removed";
    public override string MailShiftMoved(string day, string was, string now) => $"{day}: {was} becomes {now}";
    public override string MailShiftsNow => "Your shifts in the period, as they now stand:";
    public override string MailNoShiftsNow => "You no longer have any shift in the period.";
    public override string MailTimeOffSubject(bool approved) => approved ? "Time-off request approved" : "Time-off request refused";
    public override string MailTimeOffBody(string name, string first, string last, bool approved) =>
        $"Hello {name},\n\nYour time-off request from {first} to {last} is {(approved ? "approved: it is recorded and the next rotas take it into account." : "refused.")}";
    public override string MailTimeOffCancelledSubject => "Time off cancelled";
    public override string MailTimeOffCancelledBody(string name, string first, string last) =>
        $"Hello {name},\n\nA manager cancelled your time off from {first} to {last}, approved earlier: those days can be planned again. If this is not what was agreed, talk to a manager.";
    public override string MailSwapSubject(bool approved) => approved ? "Shift swap approved" : "Shift swap refused";
    public override string MailSwapBody(string name, string colleague, string given, string taken, bool approved) => approved
        ? $"Hello {name},\n\nYour swap with {colleague} is approved: you work on {taken} instead of {given}."
        : $"Hello {name},\n\nYour request to swap your shift on {given} for {colleague}'s on {taken} is refused: your shift stays as it was.";
    public override string MailSwapColleagueBody(string name, string requester, string given, string taken) =>
        $"Hello {name},\n\nA swap with {requester} is approved: you work on {taken} instead of {given}.";
    public override string MailShiftGivenSubject(string shift) => $"Shift added to your schedule: {shift}";
    public override string MailShiftGivenBody(string name, string shift) =>
        $"Hello {name},\n\nA manager gave you a shift of the published rota, to cover for someone away: on {shift}. If you cannot work it, tell a manager as soon as possible.";
    public override string MailAnswer(string answer) => $"The managers' answer: {answer}";
    public override string MailAlertSubject(string kind, string day) => $"Quality alert: {kind} ({day})";
    public override string MailAlertBody(string details, string link) => $"Hello,\n\n{details}\n\nThe alerts to deal with: {link}";
    public override string MailTestSubject => "Test e-mail from 3133 Planning";
    public override string MailTestBody(string server, string link) =>
        $"Hello,\n\nThis test e-mail went through {server}: the service's e-mails reach you.\n\n{link}";
    public override string MailStatusTitle => "E-mail";
    public override string MailStatus(string server, Instant? lastSent) =>
        $"E-mails go through {server}, every minute. " + (lastSent is { } at ? $"Last e-mail handed to the server on {Web.Show.Moment(at)}." : "No e-mail handed over yet.");
    public override string MailTestButton => "Send me a test e-mail";
    public override string MailTestQueued(string email) =>
        $"A test e-mail leaves for {email} within the minute. If it does not arrive, the error will show below among the e-mails not delivered.";
    public override string MailWeeklySubject(string monday) => $"Quality report for the week of {monday}";
    public override string MailWeeklyIntro(string first, string last) => $"Hello,\n\nThe service level from {first} to {last}:";
    public override string MailAllChannels => "all channels";
    public override string MailWeeklyLine(string channel, int calls, string withinTarget, string abandoned) =>
        $"{channel}: {calls} call(s), {withinTarget} answered within target, {abandoned} abandoned";
    public override string MailWeeklyLink(string link) => $"The detail per day and half-hour: {link}";
    public override string MailWeeklyPredicted(string withinTarget, string? abandoned) =>
        $"Predicted by the published rota (phone): {withinTarget} answered within target{(abandoned is null ? "" : $", {abandoned} abandoned")}.";
    public override string MailChoicesLink(string link) => $"To choose which e-mails you receive: {link}";
    public override string PeopleEmailed(int count) => $"{count} people told by e-mail.";
    public override string ActivationLinkEmailed(string email) => $"The link was also e-mailed to {email}.";
    public override string AccountsIntroMailOn => "Who can sign in. A listener's or a manager's account is made on their page; a quality lead's, here. The activation link is e-mailed to the person and shown here, to hand over if need be.";
    public override string NoAccountMailOn => "No account yet: the person cannot see their shifts. Create it: the activation link is e-mailed to them and shown here.";
    public override string MailFailuresTitle => "E-mails not delivered";
    public override string MailFailuresIntro => "These e-mails could not be sent. The service tries again (after 1, 5, 15 then 60 minutes, then hourly) and gives up after 10 attempts: for an activation link, hand it over yourself (ask a new link).";
    public override string MailFailuresCaption(int count) => $"{count} e-mail(s) not delivered";
    public override string MailTo => "To";
    public override string MailSubject => "Subject";
    public override string MailAttempts => "Attempts";
    public override string MailLastError => "Last error";
    public override string MailStateLabel => "Next";
    public override string MailState(bool gaveUp, Instant nextAttempt) => gaveUp ? "given up" : $"next attempt on {Web.Show.Moment(nextAttempt)}";
    public override string MailCoverOfferedSubject(string shift) => $"Shift to cover: {shift}";
    public override string MailCoverOfferedBody(string name, string shift) =>
        $"Hello {name},\n\nA shift of the published rota needs someone to take it: {shift}. You could: if you can, say so; a manager will choose among the volunteers and confirm.";
    public override string MailCoverOfferedNote(string note) => $"Message: {note}";
    public override string MailCoverOfferedLink(string link) => $"Volunteer: {link}";
    public override string MailTrainingExpiringSubject(string until) => $"Your training expires on {until}";
    public override string MailTrainingExpiringBody(string name, string until, string link) =>
        $"Hello {name},\n\nYour listener training is valid until {until}. After that date you cannot be planned on the line until you take the refresher: ask the managers now to book it.\n\nYour training: {link}";
    public override string MailTrainingExpiredSubject => "Your training has expired";
    public override string MailTrainingExpiredBody(string name, string until, string link) =>
        $"Hello {name},\n\nYour listener training was valid until {until}: you will not be planned on the line until you take the refresher. Ask the managers to book it.\n\nYour training: {link}";
    public override string MailCoverClosedSubject(string shift) => $"Shift no longer to cover: {shift}";
    public override string MailCoverClosedBody(string name, string shift, bool filled) =>
        $"Hello {name},\n\nThank you for volunteering for the shift of {shift}. " + (filled ? "It went to someone else" : "It is no longer offered") + ": your schedule does not change.";
    public override string MailSickCallSubject(string name, string from) => $"Sick call: {name}, from {from}";
    public override string MailSickCallBody(string name, string first, string last) => $"Hello,\n\n{name} says they are sick from {first} to {last}; the absence is recorded.";
    public override string MailSickCallNote(string note) => $"Their message: {note}";
    public override string MailSickCallShifts => "Their shifts to cover (each link opens the cover page):";
    public override string MailSickCallNoShift => "No published shift on those days: nothing to cover.";
    public override string MailSickCallLink(string link) => $"The shifts to cover: {link}";
    public override string MailShiftOfferedSubject(string name) => $"{name} is looking for cover";
    public override string MailShiftOfferedBody(string name, string shift) =>
        $"Hello,\n\n{name} cannot work their shift of {shift} and offered it to colleagues. Volunteers appear on the cover page, where you give it to one of them; until then the shift stays theirs.";
    public override string MailShiftTakenSubject(string shift) => $"Shift removed from your schedule: {shift}";
    public override string MailShiftTakenBody(string name, string shift) =>
        $"Hello {name},\n\nYour shift of {shift} was given to someone else: you are no longer expected for it that day.";
}
