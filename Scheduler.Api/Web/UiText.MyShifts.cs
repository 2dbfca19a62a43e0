namespace Scheduler.Api.Web;

/// <summary>The texts of a listener's own coming shifts on <c>/mes-horaires</c> (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string TodayTag { get; }
    public abstract string ShiftUnderWay { get; }
    public abstract string ShiftDone { get; }
}
