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
    public override string LeftIfApproved(StaffRole role, int left, int total, string day) => role == StaffRole.Manager
        ? $"If you approve, at the lowest {left} of {total} manager(s) available ({day})."
        : $"If you approve, at the lowest {left} of {total} trained listener(s) available ({day}).";
    public override string RequestsTitle => "Requests to answer";
    public override string RequestOutcome(string code) => code switch { "ok-approved" => "Request approved.", "ok-refused" => "Request refused.", "needs-override" => "The swap breaks rules: give an override reason to approve it.", "not-found" => "This request no longer exists.", _ => "The request was already answered or the shifts changed." };
    public override string TimeOffRequests => "Time off";
    public override string SwapRequests => "Shift swaps";
}
