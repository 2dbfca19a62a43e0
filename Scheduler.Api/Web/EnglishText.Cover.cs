namespace Scheduler.Api.Web;

/// <summary>The shift-cover page in English.</summary>
public sealed partial class EnglishText
{
    public override string CoverTitle => "Cover a shift";
    public override string CoverIntro => "Who could take it: the same role (trained that day for a listener), neither away nor already working that day. Each is checked by the validator on the published rota with this shift: first those who break no rule, then those with the fewest hours that week.";
    public override string NoCover => "Nobody can take this shift: re-plan the week from the rota.";
    public override string OpenRota => "Open the rota";
    public override string CoverCaption(int count) => $"{count} possible person(s)";
    public override string CoverWeekPaid(string hours) => $"hours planned this week: {hours}";
    public override string CoverBreaks => "What it would break:";
    public override string CoverNoRuleBroken => "no rule";
    public override string CoverMoreBroken(int count) => $"and {count} more";
    public override string GiveShift => "Give them this shift";
    public override string CoverRefused => "This person cannot take this shift (role, training, absence, or already working that day).";
    public override string CoverNeedsReason => "This change breaks rules: give an override reason to make it anyway.";
    public override string CoverChangedMeanwhile => "The rota changed meanwhile (another manager changed it): here are the possibilities as they are now.";
    public override string FindCover => "Find cover";
    public override string CoverShiftOf(string name, string day) => $"Find cover for {name}'s shift on {day}";
    public override string ShiftGiven(string name, string day, string span) => $"Shift of {day}, {span}, given to {name} (an e-mail tells them if they have an account).";
    public override string ReplanKeepOthers => "Change only the shifts of the people away (keep everyone else's as they are)";
}
