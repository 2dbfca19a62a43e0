using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>The texts of the managers' requests page and of an absence an approved request recorded (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string TimeOffShiftsAtStake(int count);
    public abstract string AwayAlso { get; }
    public abstract string NobodyElseAway { get; }
    public abstract string AwayPending { get; }
    public abstract string ComingAbsencesTitle { get; }
    public abstract string AbsencesBeforeGenerating { get; }
    public abstract string ComingAbsencesIntro(int weeks);
    public abstract string ComingAbsencesSpan { get; }
    public abstract string OverWeeks(int weeks);
    public abstract string ComingAbsencesByWeek { get; }
    public abstract string AwayThatWeek { get; }
    public abstract string ListenersFreeAtLowest { get; }
    public abstract string ManagersFreeAtLowest { get; }
    public abstract string PendingThatWeek { get; }
    public abstract string FreeOfOn(int free, int total, string day);
    public abstract string ComingAbsencesCaption(int count);
    public abstract string NoComingAbsences { get; }
    public abstract string AbsenceRecorded { get; }
    public abstract string LeftIfApproved(StaffRole role, int left, int total, string day);
    public abstract string SwapCheckClean { get; }
    public abstract string SwapCheckStale { get; }
    public abstract string SwapCheckBreaks(int count);
    public abstract string SwapCheckOthers(int count);
    public abstract string SwapCheckBefore(int count);
    public abstract string AbsenceGranted { get; }
    public abstract string CancelGrantedAbsence { get; }
    public abstract string RequestsTitle { get; }
    public abstract string RequestOutcome(string code);
    public abstract string TimeOffRequests { get; }
    public abstract string SwapRequests { get; }
    public abstract string SickCallTitle { get; }
    public abstract string SickCallHelp { get; }
    public abstract string SickCallDays { get; }
    public abstract string SickCallUntil(int days, string last);
    public abstract string SickCallNote { get; }
    public abstract string SickCallSend { get; }
}
