using Scheduler.Api.Pages.Manager;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>The texts of the managers' home: the "today on the floor" card and the rota list (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string TodayOnDutyTitle(string day, string time);
    public abstract string NoShiftToday { get; }
    public abstract string SickToday { get; }
    public abstract string SickTodayOf(string name);
    public abstract string OlderRotas(int count, int days);
    public abstract string OnDutyNow(int listeners, int managers);
    public abstract string TodayCaption(int shifts);
    public abstract string ShiftColumn { get; }
    public abstract string BreakColumn { get; }
    public abstract string NowColumn { get; }
    public abstract string DutyStateName(DutyState state, AbsenceKind? awayAs);
}
