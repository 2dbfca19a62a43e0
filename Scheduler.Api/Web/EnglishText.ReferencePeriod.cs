namespace Scheduler.Api.Web;

/// <summary>The reference period, in English.</summary>
public sealed partial class EnglishText
{
    public override string ReferencePeriodHint(string lastDay) =>
        $"Reference period until {lastDay} (L3121-44): a full-timer's weeks balance over it. \"Carried balance\": what the period's published weeks gave them above or below the contract; \"Expected\": what would settle the balance this week, then in brackets what the week must give them so that it can be worked back by the period's end; \"Balance after\": the carried balance plus this week's difference, for the period's later weeks to work back.";
    public override string CarriedBalance => "Carried balance";
    public override string WeekMustGive => "Expected";
    public override string BalanceAfter => "Balance after";
    public override string PeriodTotalsTitle => "Full-timers' hours per reference period";
    public override string PeriodTotalsHint =>
        "The weeks of a period this rota takes to its end must give the contract's hours less the balance carried from the weeks already published; those of a period that goes on after it leave a balance its later weeks can still make up (3 h 30 a week at most).";
    public override string DraftAlreadyThere(string monday) => $"A draft already covers the week of {monday}:";
    public override string GenerateMakesAnother => "Generating makes another.";
    public override string GenerateInPeriod(int weeks, string first, string last) =>
        $"Full-timers' hours balance over reference periods of {weeks} weeks (the offered Monday's: {first} to {last}). A rota works back the balance of its period's published weeks by the period's end, and each later period it covers balances over its own weeks.";
    public override string MyPeriodBalance(string first, string last, string balance) =>
        $"Reference period from {first} to {last}: over your published weeks up to this one you stand at {balance} against your contract; the period's later weeks make up for it (3 h 30 a week at most).";
    public override string PersonPeriodBalance(string first, string last, string balance) =>
        $"Reference period from {first} to {last}: {balance} against the contract over their published weeks up to this one (the later weeks make up for it, 3 h 30 a week at most).";
}
