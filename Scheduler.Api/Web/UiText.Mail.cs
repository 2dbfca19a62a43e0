using NodaTime;

namespace Scheduler.Api.Web;

/// <summary>
/// The texts of e-mail: the messages themselves (written in both languages, French first, since the reader's language is
/// not known) and what the account pages say about them (see <see cref="UiText"/>).
/// </summary>
public abstract partial class UiText
{
    public abstract string MailActivationSubject { get; }

    /// <summary>The activation message's text around its link, valid <paramref name="days"/> days.</summary>
    public abstract string MailActivationBody(string link, int days);

    public abstract string MailPasswordResetSubject { get; }

    /// <summary>The text around the link a person asked to choose a new password, valid <paramref name="days"/> days.</summary>
    public abstract string MailPasswordResetBody(string link, int days);

    public abstract string MailRotaSubject(string first, string last);

    /// <summary>The first lines of a published rota's message, before the person's shifts.</summary>
    public abstract string MailRotaIntro(string name, string first, string last);

    /// <summary>One shift in a published rota's message: "lundi 30/11 : 09:00–17:00".</summary>
    public abstract string MailShiftLine(string day, string times);

    /// <summary>" (pause 12:00–12:30)" after a shift's times.</summary>
    public abstract string MailShiftBreak(string span);

    /// <summary>The last lines of a published rota's message: where to see the shifts.</summary>
    public abstract string MailRotaLink(string link);

    public abstract string MailRotaChangedSubject(string first, string last);

    /// <summary>The first lines of a re-published rota's message, before what changed for the person.</summary>
    public abstract string MailRotaChangedIntro(string name, string first, string last);

    /// <summary>A shift added by a re-publication: "jeudi 03/12 : nouveau service 09:00–15:00".</summary>
    public abstract string MailShiftAdded(string day, string times);

    public abstract string MailShiftRemoved(string day, string times);

    public abstract string MailShiftMoved(string day, string was, string now);

    /// <summary>Before the person's shifts as they now stand, in a re-published rota's message.</summary>
    public abstract string MailShiftsNow { get; }

    public abstract string MailNoShiftsNow { get; }

    public abstract string MailTimeOffSubject(bool approved);

    public abstract string MailTimeOffCancelledSubject { get; }

    /// <summary>"Bonjour Alice, un responsable a annulé votre absence du …, acceptée auparavant : …"</summary>
    public abstract string MailTimeOffCancelledBody(string name, string first, string last);

    /// <summary>The answer to a time-off request from <paramref name="first"/> to <paramref name="last"/> (days in words).</summary>
    public abstract string MailTimeOffBody(string name, string first, string last, bool approved);

    public abstract string MailSwapSubject(bool approved);

    /// <summary>The answer to a swap of the asker's shift <paramref name="given"/> for the colleague's <paramref name="taken"/>.</summary>
    public abstract string MailSwapBody(string name, string colleague, string given, string taken, bool approved);

    /// <summary>To the colleague of an approved swap: they now work <paramref name="taken"/> instead of <paramref name="given"/>.</summary>
    public abstract string MailSwapColleagueBody(string name, string requester, string given, string taken);

    public abstract string MailShiftGivenSubject(string shift);

    /// <summary>To a person a manager gave a published shift of someone away (a sick call's cover).</summary>
    public abstract string MailShiftGivenBody(string name, string shift);

    /// <summary>The manager's answer, quoted in a decision's message.</summary>
    public abstract string MailAnswer(string answer);

    /// <summary>A quality alert's subject: its kind in words and its day.</summary>
    public abstract string MailAlertSubject(string kind, string day);

    /// <summary>A quality alert's text around its sentence, with the link to the alerts.</summary>
    public abstract string MailAlertBody(string details, string link);

    public abstract string MailTestSubject { get; }

    /// <summary>The test message's text: it came through <paramref name="server"/>.</summary>
    public abstract string MailTestBody(string server, string link);

    public abstract string MailStatusTitle { get; }

    /// <summary>E-mail on: the server, and when a message last reached it (null: none yet).</summary>
    public abstract string MailStatus(string server, Instant? lastSent);

    public abstract string MailTestButton { get; }

    /// <summary>After the test button: where the message goes, and where a failure would show.</summary>
    public abstract string MailTestQueued(string email);

    /// <summary>The weekly report's subject, naming the week by its Monday.</summary>
    public abstract string MailWeeklySubject(string monday);

    public abstract string MailWeeklyIntro(string first, string last);

    public abstract string MailAllChannels { get; }

    /// <summary>One channel's figures: calls offered, share answered within target, share abandoned.</summary>
    public abstract string MailWeeklyLine(string channel, int calls, string withinTarget, string abandoned);

    public abstract string MailWeeklyLink(string link);
    public abstract string MailWeeklyPredicted(string withinTarget, string? abandoned);
    public abstract string MailChoicesLink(string link);

    /// <summary>After a publication: how many people were told by e-mail.</summary>
    public abstract string PeopleEmailed(int count);

    /// <summary>On the account pages, under the link shown: it was also e-mailed.</summary>
    public abstract string ActivationLinkEmailed(string email);

    /// <summary>The account pages' intro when e-mail is on (the link is sent and also shown).</summary>
    public abstract string AccountsIntroMailOn { get; }

    /// <summary>The person page's sentence for a person without account, when e-mail is on.</summary>
    public abstract string NoAccountMailOn { get; }

    public abstract string MailFailuresTitle { get; }
    public abstract string MailFailuresIntro { get; }
    public abstract string MailFailuresCaption(int count);
    public abstract string MailTo { get; }
    public abstract string MailSubject { get; }
    public abstract string MailAttempts { get; }
    public abstract string MailLastError { get; }
    public abstract string MailStateLabel { get; }

    /// <summary>"Abandonné" or "nouvel essai le 30/11/2026 14:05".</summary>
    public abstract string MailState(bool gaveUp, Instant nextAttempt);
    public abstract string MailCoverOfferedSubject(string shift);
    public abstract string MailCoverOfferedBody(string name, string shift);
    public abstract string MailCoverOfferedNote(string note);
    public abstract string MailCoverOfferedLink(string link);
    public abstract string MailTrainingExpiringSubject(string until);
    public abstract string MailTrainingExpiringBody(string name, string until, string link);
    public abstract string MailTrainingExpiredSubject { get; }
    public abstract string MailTrainingExpiredBody(string name, string until, string link);
    public abstract string MailCoverClosedSubject(string shift);
    public abstract string MailCoverClosedBody(string name, string shift, bool filled);
    public abstract string MailSickCallSubject(string name, string from);
    public abstract string MailSickCallBody(string name, string first, string last);
    public abstract string MailSickCallNote(string note);
    public abstract string MailSickCallShifts { get; }
    public abstract string MailSickCallNoShift { get; }
    public abstract string MailSickCallLink(string link);
    public abstract string MailShiftOfferedSubject(string name);
    public abstract string MailShiftOfferedBody(string name, string shift);
    public abstract string MailShiftTakenSubject(string shift);
    public abstract string MailShiftTakenBody(string name, string shift);
}
