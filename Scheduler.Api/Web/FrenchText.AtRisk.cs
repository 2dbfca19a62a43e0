using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>The coming shifts that need cover, in French.</summary>
public sealed partial class FrenchText
{
    public override string AtRiskTitle(int days) => $"Services à couvrir ({days} prochains jours)";
    public override string AtRiskNone(int days) => $"Aucun service des plannings publiés à couvrir dans les {days} prochains jours : chacun a une personne présente, active et formée.";
    public override string AtRiskCaption(int count) => $"{count} service(s) dont la personne ne pourra pas assurer le service";
    public override string AtRiskWhy => "Pourquoi";
    public override string RiskName(ShiftRisk risk, AbsenceKind? away) => risk switch
    {
        ShiftRisk.Away => $"absent·e ({AbsenceKindName(away ?? AbsenceKind.Unavailable)})",
        ShiftRisk.Inactive => "ne fait plus partie de l'équipe",
        _ => "formation expirée",
    };
    public override string OfferedWith(int volunteers) => $"proposé : {volunteers} volontaire(s)";
    public override string FloorGapsIntro(int count) => $"Si ces services ne sont pas couverts, le plancher de sécurité n'est plus tenu ({count} fois) :";
}
