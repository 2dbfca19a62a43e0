using Scheduler.Api.Pages.Manager;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>The "today on the floor" card in English.</summary>
public sealed partial class EnglishText
{
    public override string TodayOnDutyTitle(string day, string time) => $"Today, {day} at {time}";
    public override string NoShiftToday => "No published shift today.";
    public override string SickToday => "Away today";
    public override string SickTodayOf(string name) => $"Record {name} as away today (sickness)";
    public override string OlderRotas(int count, int days) => $"Show also the {count} rota(s) that ended more than {days} days ago";
    public override string OnDutyNow(int listeners, int managers) => $"On duty now: {listeners} listener(s), {managers} manager(s).";
    public override string TodayCaption(int shifts) => $"{shifts} shift(s) of today's published rota";
    public override string ShiftColumn => "Shift";
    public override string BreakColumn => "Break";
    public override string NowColumn => "Now";
    public override string DutyStateName(DutyState state, AbsenceKind? awayAs) => state switch
    {
        DutyState.Later => "later",
        DutyState.OnDuty => "on duty",
        DutyState.OnBreak => "on a break",
        DutyState.Done => "done",
        _ => $"away ({AbsenceKindName(awayAs ?? AbsenceKind.Unavailable)}): to cover",
    };
}
