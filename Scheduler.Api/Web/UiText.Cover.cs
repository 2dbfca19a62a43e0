namespace Scheduler.Api.Web;

/// <summary>The texts of the shift-cover page and of the home's message once a shift is given (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string CoverTitle { get; }
    public abstract string CoverIntro { get; }
    public abstract string NoCover { get; }
    public abstract string OpenRota { get; }
    public abstract string CoverCaption(int count);
    public abstract string CoverWeekPaid(string hours);
    public abstract string CoverBreaks { get; }
    public abstract string CoverNoRuleBroken { get; }
    public abstract string CoverMoreBroken(int count);
    public abstract string GiveShift { get; }
    public abstract string CoverRefused { get; }
    public abstract string CoverNeedsReason { get; }
    public abstract string CoverChangedMeanwhile { get; }
    public abstract string FindCover { get; }
    public abstract string CoverShiftOf(string name, string day);
    public abstract string ShiftGiven(string name, string day, string span);
    public abstract string ReplanKeepOthers { get; }
}
