using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Rotas;
using Scheduler.Api.Web;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// The messages' texts, French first and English below it: the person's language is not known when the message is
/// written (an account not yet activated has never chosen one). Dates dd/MM, times 24-hour HH:mm, Paris local.
/// </summary>
public static class MailTexts
{
    private const string EnglishSeparator = "\n\n-- English --\n\n";

    private static readonly LocalDatePattern DayMonth = LocalDatePattern.CreateWithInvariantCulture("dd/MM");

    public static MailText ActivationLink(string link, int days) => Both(
        t => t.MailActivationSubject,
        t => t.MailActivationBody(link, days));

    public static MailText PasswordReset(string link, int days) => Both(
        t => t.MailPasswordResetSubject,
        t => t.MailPasswordResetBody(link, days));

    /// <summary>
    /// The person's shifts in a published rota (period <paramref name="from"/>–<paramref name="to"/>, both inclusive),
    /// by date then start, so Monday first; <paramref name="link"/> opens their schedule page.
    /// </summary>
    public static MailText RotaPublished(string name, LocalDate from, LocalDate to, IReadOnlyList<Assignment> shifts, string link) => Both(
        t => t.MailRotaSubject(Show.Date(from), Show.Date(to)),
        t => string.Join("\n", [t.MailRotaIntro(name, Show.Day(from, t), Show.Day(to, t)), "", .. ShiftLines(shifts, t), "", t.MailRotaLink(link)]));

    /// <summary>
    /// What a re-publication changed in the person's shifts (<see cref="ShiftChanges.Diff"/>), then all their shifts in
    /// the period as they now stand.
    /// </summary>
    public static MailText RotaChanged(
        string name, LocalDate from, LocalDate to, IReadOnlyList<(string Change, Assignment? Was, Assignment? Is)> changes, IReadOnlyList<Assignment> shifts, string link) => Both(
        t => t.MailRotaChangedSubject(Show.Date(from), Show.Date(to)),
        t => string.Join(
            "\n",
            [
                t.MailRotaChangedIntro(name, Show.Day(from, t), Show.Day(to, t)),
                "",
                .. changes.OrderBy(c => (c.Was ?? c.Is)!.Date).Select(c => "- " + ChangeLine(c, t)),
                "",
                shifts.Count == 0 ? t.MailNoShiftsNow : t.MailShiftsNow,
                .. ShiftLines(shifts, t),
                "",
                t.MailRotaLink(link),
            ]));

    /// <summary>The answer to a time-off request, to the person who asked.</summary>
    public static MailText TimeOffDecided(string name, LocalDate from, LocalDate to, bool approved, string? answer, string link) => Both(
        t => t.MailTimeOffSubject(approved),
        t => Decision(t.MailTimeOffBody(name, Show.Day(from, t), Show.Day(to, t), approved), answer, t, link));

    /// <summary>An approved time-off whose absence a manager removed, to the person who had asked for it.</summary>
    public static MailText TimeOffCancelled(string name, LocalDate from, LocalDate to, string link) => Both(
        t => t.MailTimeOffCancelledSubject,
        t => Decision(t.MailTimeOffCancelledBody(name, Show.Day(from, t), Show.Day(to, t)), null, t, link));

    /// <summary>The answer to a swap, to the person who asked: they gave <paramref name="given"/> for <paramref name="taken"/>.</summary>
    public static MailText SwapDecided(string name, string colleague, Assignment given, Assignment taken, bool approved, string? answer, string link) => Both(
        t => t.MailSwapSubject(approved),
        t => Decision(t.MailSwapBody(name, colleague, Shift(given, t), Shift(taken, t), approved), answer, t, link));

    /// <summary>An approved swap, to the colleague: they now work <paramref name="taken"/> instead of <paramref name="given"/>.</summary>
    public static MailText SwapTaken(string name, string requester, Assignment given, Assignment taken, string link) => Both(
        t => t.MailSwapSubject(approved: true),
        t => Decision(t.MailSwapColleagueBody(name, requester, Shift(given, t), Shift(taken, t)), null, t, link));

    /// <summary>A published shift a manager gave the person, to cover for someone away.</summary>
    public static MailText ShiftGiven(string name, Assignment shift, string link) => Both(
        t => t.MailShiftGivenSubject(Shift(shift, t)),
        t => Decision(t.MailShiftGivenBody(name, Shift(shift, t)), null, t, link));

    /// <summary>Someone off sick from <paramref name="from"/> to <paramref name="to"/>, to the managers: their shifts with each one's cover link.</summary>
    public static MailText SickCall(string name, LocalDate from, LocalDate to, string? note, IReadOnlyList<(Assignment Shift, string CoverLink)> shifts, string link) => Both(
        t => t.MailSickCallSubject(name, Show.Date(from)),
        t => string.Join("\n", [
            t.MailSickCallBody(name, Show.Day(from, t), Show.Day(to, t)),
            .. string.IsNullOrWhiteSpace(note) ? Array.Empty<string>() : ["", t.MailSickCallNote(note.Trim())],
            "",
            shifts.Count == 0 ? t.MailSickCallNoShift : t.MailSickCallShifts,
            .. shifts.OrderBy(s => s.Shift.Date).ThenBy(s => s.Shift.Start).Select(s => $"- {Shift(s.Shift, t)} : {s.CoverLink}"),
            "",
            t.MailSickCallLink(link)]));

    /// <summary>A listener's qualification valid until <paramref name="until"/> (inclusive) expires soon: to them.</summary>
    public static MailText TrainingExpiring(string name, LocalDate until, string link) => Both(
        t => t.MailTrainingExpiringSubject(Show.Date(until)),
        t => t.MailTrainingExpiringBody(name, Show.Day(until, t), link));

    /// <summary>A listener's qualification expired after <paramref name="until"/>: to them.</summary>
    public static MailText TrainingExpired(string name, LocalDate until, string link) => Both(
        t => t.MailTrainingExpiredSubject,
        t => t.MailTrainingExpiredBody(name, Show.Day(until, t), link));

    /// <summary>A shift the person volunteered for went to someone else (<paramref name="filled"/>) or is no longer offered.</summary>
    public static MailText CoverClosed(string name, Assignment shift, bool filled, string link) => Both(
        t => t.MailCoverClosedSubject(Shift(shift, t)),
        t => Decision(t.MailCoverClosedBody(name, Shift(shift, t), filled), null, t, link));

    /// <summary>A published shift a manager offers to whoever could take it (a cover to find), to each of them; <paramref name="link"/> opens the offers.</summary>
    public static MailText CoverOffered(string name, Assignment shift, string? note, string link) => Both(
        t => t.MailCoverOfferedSubject(Shift(shift, t)),
        t => string.Join("\n\n", [t.MailCoverOfferedBody(name, Shift(shift, t)), .. string.IsNullOrWhiteSpace(note) ? Array.Empty<string>() : [t.MailCoverOfferedNote(note.Trim())], t.MailCoverOfferedLink(link)]));

    /// <summary>A published shift a manager gave someone else, to its former holder.</summary>
    public static MailText ShiftTaken(string name, Assignment shift, string link) => Both(
        t => t.MailShiftTakenSubject(Shift(shift, t)),
        t => Decision(t.MailShiftTakenBody(name, Shift(shift, t)), null, t, link));

    /// <summary>A listener's time-off request, to the managers: who, which kind, which days, their comment, where to answer.</summary>
    public static MailText TimeOffAsked(string name, AbsenceKind kind, LocalDate from, LocalDate to, string? comment, string link, string choicesLink) => Both(
        t => t.MailTimeOffAskedSubject(name),
        t => Asked(t.MailTimeOffAskedBody(name, t.AbsenceKindName(kind), Show.Day(from, t), Show.Day(to, t)), comment, t, link, choicesLink));

    /// <summary>Someone looking for a colleague to take their shift, to the managers: which shift, their word, the cover page.</summary>
    public static MailText ShiftOffered(string name, Assignment shift, string? comment, string link, string choicesLink) => Both(
        t => t.MailShiftOfferedSubject(name),
        t => Asked(t.MailShiftOfferedBody(name, Shift(shift, t)), comment, t, link, choicesLink));

    /// <summary>A listener's swap request, to the managers: they would give <paramref name="given"/> for the colleague's <paramref name="taken"/>.</summary>
    public static MailText SwapAsked(string name, string colleague, Assignment given, Assignment taken, string? comment, string link, string choicesLink) => Both(
        t => t.MailSwapAskedSubject(name),
        t => Asked(t.MailSwapAskedBody(name, colleague, Shift(given, t), Shift(taken, t)), comment, t, link, choicesLink));

    /// <summary>
    /// A quality alert: its kind and day, its sentence (each language its own), where to see the alerts, and where to
    /// stop receiving them (<paramref name="choicesLink"/>).
    /// </summary>
    public static MailText Alert(AlertEntity alert, string link, string choicesLink)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Both(
            t => t.MailAlertSubject(t.AlertKindName(alert.Kind), Show.Date(alert.Date)),
            t => t.MailAlertBody(t.DetailsOf(alert), link) + "\n\n" + t.MailChoicesLink(choicesLink));
    }

    /// <summary>The message a manager sends themselves to check the settings.</summary>
    public static MailText Test(string server, string link) => Both(t => t.MailTestSubject, t => t.MailTestBody(server, link));

    /// <summary>
    /// A week's service-level report: the subject names the week only (it tells a recomputed report from a new one), the
    /// body gives all channels then each one, and what the published rota predicted for the week when one covers it.
    /// </summary>
    /// <param name="predicted">The share of expected calls the published rota answers in time, and the share whose callers hang up (once their patience is known); null without a prediction.</param>
    public static MailText WeeklyReport(
        LocalDate monday, PeriodStatistics all, IReadOnlyList<PeriodStatistics> channels, string link, string choicesLink, (double Level, double? Abandonment)? predicted = null) => Both(
        t => t.MailWeeklySubject(Show.Date(monday)),
        t => string.Join(
            "\n",
            [
                t.MailWeeklyIntro(Show.Day(monday, t), Show.Day(monday.PlusDays(6), t)),
                "",
                "- " + ReportLine(t.MailAllChannels, all, t),
                .. channels.Select(c => "- " + ReportLine(t.ChannelName(CallChannels.Name(c.Channel!.Value)), c, t)),
                .. predicted is { } p ? [t.MailWeeklyPredicted(Show.Percent(p.Level), p.Abandonment is { } gone ? Show.Percent(gone) : null)] : Array.Empty<string>(),
                "",
                t.MailWeeklyLink(link),
                "",
                t.MailChoicesLink(choicesLink),
            ]));

    private static string ReportLine(string label, PeriodStatistics row, UiText text) =>
        text.MailWeeklyLine(label, row.Counts.Offered, Rate(row.Counts.ServiceLevel), Rate(row.Counts.AbandonmentRate));

    private static string Rate(double? share) => share is { } s ? Show.Percent(s) : "–";

    private static string Asked(string body, string? comment, UiText text, string link, string choicesLink) => string.Join(
        "\n\n",
        [body, .. string.IsNullOrWhiteSpace(comment) ? Array.Empty<string>() : [text.MailRequestComment(comment.Trim())], text.MailRequestLink(link), text.MailChoicesLink(choicesLink)]);

    private static string Decision(string body, string? answer, UiText text, string link) => string.Join(
        "\n\n",
        [body, .. string.IsNullOrWhiteSpace(answer) ? Array.Empty<string>() : [text.MailAnswer(answer.Trim())], text.MailRotaLink(link)]);

    /// <summary>"jeudi 03/12 13:00–20:00 (pause 16:00–16:45)".</summary>
    private static string Shift(Assignment shift, UiText text) => $"{Day(shift, text)} {Times(shift, text)}";

    private static IEnumerable<string> ShiftLines(IEnumerable<Assignment> shifts, UiText text) =>
        shifts.OrderBy(s => s.Date).ThenBy(s => s.Start).Select(s => "- " + text.MailShiftLine(Day(s, text), Times(s, text)));

    /// <summary>"jeudi 03/12 : 13:00–20:00 devient 09:00–15:00", or the shift added or removed.</summary>
    private static string ChangeLine((string Change, Assignment? Was, Assignment? Is) change, UiText text)
    {
        var day = Day((change.Was ?? change.Is)!, text);
        return change.Change switch
        {
            ShiftChanges.Added => text.MailShiftAdded(day, Times(change.Is!, text)),
            ShiftChanges.Removed => text.MailShiftRemoved(day, Times(change.Was!, text)),
            _ => text.MailShiftMoved(day, Times(change.Was!, text), Times(change.Is!, text)),
        };
    }

    private static string Day(Assignment shift, UiText text) => $"{text.DayName(shift.Date.DayOfWeek)} {DayMonth.Format(shift.Date)}";

    /// <summary>"09:00–17:00 (pause 12:00–12:30)".</summary>
    private static string Times(Assignment shift, UiText text) => Show.Span(shift.Start, shift.End) + (shift is { BreakStart: { } start, BreakEnd: { } end }
        ? text.MailShiftBreak(Show.Span(start, end))
        : "");

    private static MailText Both(Func<UiText, string> subject, Func<UiText, string> body) => new(
        $"{subject(UiText.French)} / {subject(UiText.English)}",
        body(UiText.French) + EnglishSeparator + body(UiText.English) + "\n");
}
