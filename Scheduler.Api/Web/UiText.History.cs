namespace Scheduler.Api.Web;

/// <summary>The texts of a rota's history (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string HistoryTitle { get; }
    public abstract string HistoryIntro { get; }
    public abstract string HistoryCaption(int count);
    public abstract string HistoryEarlier(int count);
    public abstract string HistoryWhen { get; }
    public abstract string HistoryWho { get; }
    public abstract string HistoryWhat { get; }
    public abstract string HistoryWhy { get; }
    public abstract string HistoryByService { get; }
    public abstract string HistoryCreated(string source, int shifts);
    public abstract string HistoryShiftsAdded(int count);
    public abstract string HistoryShiftAdded(string shift);
    public abstract string HistoryShiftRemoved(string shift);
    public abstract string HistoryShiftChanged(string was, string becomes);
    public abstract string HistoryShiftCovered(string shift, string name);
    public abstract string HistoryShiftsSwapped(string first, string second);
    public abstract string HistoryPublished { get; }
    public abstract string HistoryPublishedBreaking(string rules);
    public abstract string HistorySuperseded { get; }
    public abstract string HistoryUnknownShift { get; }
}
