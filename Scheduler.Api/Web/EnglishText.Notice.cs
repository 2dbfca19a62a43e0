namespace Scheduler.Api.Web;

/// <summary>The notice owed to part-timers, in English.</summary>
public sealed partial class EnglishText
{
    public override string ShortNoticeWarning(int count, int days) =>
        $"Notice period: this rota changes {count} shift(s) of part-time staff less than {days} working days ahead (L3123-31). Each may refuse the change without fault (L3123-12): tell them and ask for their agreement.";
    public override string ShortNoticeLine(string name, string day, string change) => $"{name}, {day}: {change}";
    public override string CoverShortNotice(int days) =>
        $"This shift is less than {days} working days away: a part-timer may refuse to take it without fault (notice period, L3123-31 and L3123-12). Ask for their agreement before giving it to them.";
    public override string PartTimeAskFirst => "part time: ask them first";
    public override string ShortNoticeTag => "short notice";
    public override string ShortNoticeHint(int days) =>
        $"“short notice”: a change for a part-timer less than {days} working days ahead, which they may refuse without fault (L3123-12); ask for their agreement before publishing.";
    public override string ChangeLine(string kind, string spans) => $"{kind}: {spans}";
}
