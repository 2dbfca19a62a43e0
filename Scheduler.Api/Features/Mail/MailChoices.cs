using System.Linq.Expressions;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Features.Mail;

/// <summary>
/// The e-mails a quality lead or manager may turn off: the quality alerts and the Monday report, which inform, and for a
/// manager the new requests, which the requests page lists too. What a person must know (an activation link, their own
/// shifts, the answer to their request) is always sent.
/// </summary>
/// <param name="QualityAlerts">Receive each new quality alert about today or yesterday.</param>
/// <param name="WeeklyReport">Receive last week's service-level report every Monday.</param>
/// <param name="Requests">Receive each new time-off or swap request (managers only: nobody else answers them).</param>
public sealed record MailChoices(bool QualityAlerts, bool WeeklyReport, bool Requests)
{
    /// <summary>Where each person chooses; the optional e-mails end with a link to it.</summary>
    public const string PagePath = "/compte/e-mails";

    public static MailChoices Of(SchedulerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(!user.AlertMailOff, !user.WeeklyReportMailOff, !user.RequestMailOff);
    }

    public void ApplyTo(SchedulerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.AlertMailOff = !QualityAlerts;
        user.WeeklyReportMailOff = !WeeklyReport;
        user.RequestMailOff = !Requests;
    }

    /// <summary>The accounts that want messages of <paramref name="kind"/> (every account for a kind nobody can turn off), as a query filter.</summary>
    public static Expression<Func<SchedulerUser, bool>> Wanting(MailKind kind) => kind switch
    {
        MailKind.QualityAlert => u => !u.AlertMailOff,
        MailKind.WeeklyReport => u => !u.WeeklyReportMailOff,
        MailKind.RequestSubmitted => u => !u.RequestMailOff,
        _ => u => true,
    };
}
