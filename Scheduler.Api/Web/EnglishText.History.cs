namespace Scheduler.Api.Web;

/// <summary>A rota's history in English.</summary>
public sealed partial class EnglishText
{
    public override string HistoryTitle => "History of changes";
    public override string HistoryIntro => "Every change to this rota, latest first, as the audit log keeps it: who, when, and the reason given to override a rule.";
    public override string HistoryCaption(int count) => $"History of the rota ({count} event(s))";
    public override string HistoryEarlier(int count) => $"and {count} earlier event(s), in the audit log (GET /api/rotas/…/history).";
    public override string HistoryWhen => "When";
    public override string HistoryWho => "Who";
    public override string HistoryWhat => "What";
    public override string HistoryWhy => "Reason";
    public override string HistoryByService => "the service (start-up, scheduled job)";
    public override string HistoryCreated(string source, int shifts) => $"Rota made ({source}), {shifts} shift(s)";
    public override string HistoryShiftsAdded(int count) => $"{count} shifts added";
    public override string HistoryShiftAdded(string shift) => $"Shift added: {shift}";
    public override string HistoryShiftRemoved(string shift) => $"Shift removed: {shift}";
    public override string HistoryShiftChanged(string was, string becomes) => $"Shift changed: {was} → {becomes}";
    public override string HistoryShiftCovered(string shift, string name) => $"Cover: the shift of {shift} given to {name}";
    public override string HistoryShiftsSwapped(string first, string second) => $"Shifts swapped: {first} and {second}";
    public override string HistoryPublished => "Published";
    public override string HistoryPublishedBreaking(string rules) => $"Published despite broken rules ({rules})";
    public override string HistorySuperseded => "Superseded by a later published rota";
    public override string HistoryUnknownShift => "a shift";
}
