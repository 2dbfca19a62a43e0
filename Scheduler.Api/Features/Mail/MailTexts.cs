using NodaTime;
using NodaTime.Text;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Web;

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

    /// <summary>
    /// The person's shifts in a published rota (period <paramref name="from"/>–<paramref name="to"/>, both inclusive),
    /// by date then start, so Monday first; <paramref name="link"/> opens their schedule page.
    /// </summary>
    public static MailText RotaPublished(string name, LocalDate from, LocalDate to, IEnumerable<AssignmentEntity> shifts, string link)
    {
        var ordered = shifts.OrderBy(s => s.Date).ThenBy(s => s.Start).ToList();
        return Both(
            t => t.MailRotaSubject(Show.Date(from), Show.Date(to)),
            t => string.Join(
                "\n",
                [
                    t.MailRotaIntro(name, Show.Day(from, t), Show.Day(to, t)),
                    "",
                    .. ordered.Select(s => "- " + ShiftLine(s, t)),
                    "",
                    t.MailRotaLink(link),
                ]));
    }

    /// <summary>"lundi 30/11 : 09:00–17:00 (pause 12:00–12:30)".</summary>
    private static string ShiftLine(AssignmentEntity shift, UiText text)
    {
        var day = $"{text.DayName(shift.Date.DayOfWeek)} {DayMonth.Format(shift.Date)}";
        var times = Show.Span(shift.Start, shift.End);
        if (shift is { BreakStart: { } breakStart, BreakEnd: { } breakEnd })
        {
            times += text.MailShiftBreak(Show.Span(breakStart, breakEnd));
        }

        return text.MailShiftLine(day, times);
    }

    private static MailText Both(Func<UiText, string> subject, Func<UiText, string> body) => new(
        $"{subject(UiText.French)} / {subject(UiText.English)}",
        body(UiText.French) + EnglishSeparator + body(UiText.English) + "\n");
}
