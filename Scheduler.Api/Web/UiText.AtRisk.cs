using Scheduler.Api.Features.Rotas;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>The texts of the coming shifts that need cover, on the managers' home (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string AtRiskTitle(int days);
    public abstract string AtRiskNone(int days);
    public abstract string AtRiskCaption(int count);
    public abstract string AtRiskWhy { get; }
    public abstract string RiskName(ShiftRisk risk, AbsenceKind? away);
    public abstract string OfferedWith(int volunteers);
    public abstract string FloorGapsIntro(int count);
}
