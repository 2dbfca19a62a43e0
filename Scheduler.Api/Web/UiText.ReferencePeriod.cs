namespace Scheduler.Api.Web;

/// <summary>The texts of the reference period over which full-timers' weeks add up (see <see cref="Features.Rotas.ReferencePeriod"/>).</summary>
public abstract partial class UiText
{
    public abstract string ReferencePeriodHint(string lastDay);
    public abstract string CarriedBalance { get; }
    public abstract string WeekMustGive { get; }
    public abstract string BalanceAfter { get; }
    public abstract string PeriodTotalsTitle { get; }
    public abstract string PeriodTotalsHint { get; }
    public abstract string GenerateInPeriod(int weeks, string first, string last);
    public abstract string DraftAlreadyThere(string monday);
    public abstract string GenerateMakesAnother { get; }
    public abstract string MyPeriodBalance(string first, string last, string balance);
    public abstract string PersonPeriodBalance(string first, string last, string balance);
}
