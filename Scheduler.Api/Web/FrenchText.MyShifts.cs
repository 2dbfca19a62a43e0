namespace Scheduler.Api.Web;

/// <summary>A listener's own coming shifts, in French.</summary>
public sealed partial class FrenchText
{
    public override string TodayTag => "Aujourd'hui";
    public override string ShiftUnderWay => "en cours : si vous ne pouvez pas continuer, prévenez l'encadrement (Malade aujourd'hui ?)";
    public override string ShiftDone => "terminé";
}
