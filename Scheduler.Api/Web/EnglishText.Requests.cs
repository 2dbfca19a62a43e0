using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>The requests page's texts in English.</summary>
public sealed partial class EnglishText
{
    public override string AbsenceGranted => "request approved";
    public override string CancelGrantedAbsence => "Cancel (the person is told)";
    public override string SwapCheckClean => "The swap breaks no rule.";
    public override string SwapCheckStale => "The shifts changed since the request: it can no longer be approved.";
    public override string SwapCheckBreaks(int count) => $"After the swap, {count} rule(s) broken for these two people; to approve it anyway, give an override reason:";
    public override string SwapCheckOthers(int count) => $"The swap would also break {count} other rule(s) of the rota: an override reason will be asked to approve it.";
    public override string SwapCheckBefore(int count) => $"The rota already broke {count} rule(s) before the swap: they do not count here and ask no reason.";
    public override string TimeOffShiftsAtStake(int count) => $"{count} published shift(s) on those days, to re-plan if you approve:";
    public override string AwayAlso => "Also away on those days:";
    public override string NobodyElseAway => "Nobody else is away on those days.";
    public override string AwayPending => "request pending";
    public override string ComingAbsencesTitle => "Coming absences";
    public override string AbsencesBeforeGenerating => "The rota takes the recorded absences into account; pending time-off requests are not absences yet:";
    public override string ComingAbsencesIntro(int weeks) => $"The absences recorded and the time-off requests pending over the next {weeks} weeks, and, each week, the day the fewest people are available (under contract, trained for listeners, not away; pending requests do not count there).";
    public override string ComingAbsencesSpan => "Period";
    public override string OverWeeks(int weeks) => $"{weeks} weeks";
    public override string ComingAbsencesByWeek => "Week by week (from Monday)";
    public override string AwayThatWeek => "Away at least one day";
    public override string ListenersFreeAtLowest => "Trained listeners available, at the lowest";
    public override string ManagersFreeAtLowest => "Managers available, at the lowest";
    public override string PendingThatWeek => "Pending requests";
    public override string FreeOfOn(int free, int total, string day) => $"{free} of {total} ({day})";
    public override string ComingAbsencesCaption(int count) => $"{count} absence(s) and request(s)";
    public override string NoComingAbsences => "No absence nor pending request in those weeks.";
    public override string AbsenceRecorded => "recorded";
    public override string LeftIfApproved(StaffRole role, int left, int total, string day) => role == StaffRole.Manager
        ? $"If you approve, at the lowest {left} of {total} manager(s) available ({day})."
        : $"If you approve, at the lowest {left} of {total} trained listener(s) available ({day}).";
    public override string RequestsTitle => "Requests to answer";
    public override string RequestOutcome(string code) => code switch { "ok-approved" => "Request approved.", "ok-refused" => "Request refused.", "needs-override" => "The swap breaks rules: give an override reason to approve it.", "not-found" => "This request no longer exists.", _ => "The request was already answered or the shifts changed." };
    public override string TimeOffRequests => "Time off";
    public override string SwapRequests => "Shift swaps";
    public override string SickCallTitle => "Sick today? Tell the managers";
    public override string SickCallHelp => "The absence is recorded at once and every manager gets an e-mail with your shifts to cover. Then send your sick note.";
    public override string SickCallDays => "Until when";
    public override string SickCallUntil(int days, string last) => days == 1 ? $"today only ({last})" : $"{days} days, until {last}";
    public override string SickCallNote => "A word for the managers (optional)";
    public override string SickCallSend => "Tell the managers";
}
