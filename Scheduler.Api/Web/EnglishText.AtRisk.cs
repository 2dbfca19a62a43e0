using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>The coming shifts that need cover, in English.</summary>
public sealed partial class EnglishText
{
    public override string AtRiskTitle(int days) => $"Shifts to cover (next {days} days)";
    public override string AtRiskNone(int days) => $"No shift of the published rotas to cover in the next {days} days: each has someone present, active and trained.";
    public override string AtRiskCaption(int count) => $"{count} shift(s) whose person cannot work it";
    public override string AtRiskWhy => "Why";
    public override string RiskName(ShiftRisk risk, AbsenceKind? away) => risk switch
    {
        ShiftRisk.Away => $"away ({AbsenceKindName(away ?? AbsenceKind.Unavailable)})",
        ShiftRisk.Inactive => "no longer in the team",
        _ => "training expired",
    };
    public override string OfferedWith(int volunteers) => $"offered: {volunteers} volunteer(s)";
    public override string FloorGapsIntro(int count) => $"If these shifts are not covered, the floor's safety minimum no longer holds ({count} time(s)):";
}
