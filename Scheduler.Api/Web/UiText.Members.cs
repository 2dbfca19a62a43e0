using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Pages.Quality;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>
/// Every sentence the pages show, in one typed table: French (<see cref="FrenchText"/>, the default) and English
/// (<see cref="EnglishText"/>). Each text is abstract here, so a language that misses one does not compile.
/// </summary>
public abstract partial class UiText
{
    public abstract string Lang { get; }
    public abstract string OtherLang { get; }
    public abstract string OtherCulture { get; }
    public abstract string OtherLanguageName { get; }
    public abstract string AppName { get; }
    public abstract string SkipToContent { get; }
    public abstract string MainNavigation { get; }
    public abstract string Footer { get; }
    public abstract string NavRotas { get; }
    public abstract string NavStaff { get; }
    public abstract string NavRequests { get; }
    public abstract string NavGenerate { get; }
    public abstract string NavMySchedule { get; }
    public abstract string NavQuality { get; }
    public abstract string SignInTitle { get; }
    public abstract string SignIn { get; }
    public abstract string SignOut { get; }
    public abstract string Email { get; }
    public abstract string Password { get; }
    public abstract string SignInMissing { get; }
    public abstract string SignInFailed { get; }
    public abstract string SignInLockedOut { get; }
    public abstract string AccessDeniedTitle { get; }
    public abstract string AccessDeniedText { get; }
    public abstract string BackHome { get; }
    public abstract string ErrorCode { get; }
    public abstract string ErrorReference { get; }
    public abstract (string Title, string Detail) ErrorFor(int status);
    public abstract string DayName(IsoDayOfWeek day);
    public abstract string DayShort(IsoDayOfWeek day);
    public abstract string RoleName(StaffRole role);
    public abstract string ChannelName(string channel);

    /// <summary>Where a rota came from, in words: the service's own sources named, an import's free text as given.</summary>
    public abstract string RotaSourceName(string source);
    public abstract string RotaStatusName(RotaStatus status);
    public abstract string RequestStatusName(RequestStatus status);
    public abstract string AbsenceKindName(AbsenceKind kind);
    public abstract string PreferenceKindName(PreferenceKind kind);
    public abstract string PreferenceLine(PreferenceKind kind, IsoDayOfWeek? day, string onDate, int weight);
    public abstract string GenerationStateName(RotaGenerationState state);
    public abstract string TrainingStateName(TrainingState state);
    public abstract string RangeName(QualityRange range);
    public abstract string FromTo(string first, string last);
    public abstract string Until(string onDate);
    public abstract string RotasTitle { get; }
    public abstract string RotasCaption { get; }
    public abstract string NoRotas { get; }
    public abstract string PendingRequests(int count);
    public abstract string Period { get; }
    public abstract string Status { get; }
    public abstract string Source { get; }
    public abstract string Shifts { get; }
    public abstract string PublishedOn { get; }
    public abstract string RotaTitle(string first, string last);
    public abstract string RotaMessage(string code);
    public abstract string Filters { get; }
    public abstract string Week { get; }
    public abstract string WeekOf(string monday);
    public abstract string Role { get; }
    public abstract string Everyone { get; }
    public abstract string Listeners { get; }
    public abstract string Managers { get; }
    public abstract string Contract { get; }
    public abstract string AllContracts { get; }
    public abstract string FullTime { get; }
    public abstract string PartTime { get; }
    public abstract string Filter { get; }
    public abstract string Show { get; }
    public abstract string GridCaption(string monday);
    public abstract string Person { get; }
    public abstract string Holiday { get; }
    public abstract string Break { get; }
    public abstract string Edit { get; }
    public abstract string EditShiftOf(string name, string onDate);
    public abstract string EditShiftTitle { get; }
    public abstract string AddShiftTitle { get; }
    public abstract string RemoveShift { get; }
    public abstract string DateLabel { get; }
    public abstract string StartLabel { get; }
    public abstract string EndLabel { get; }
    public abstract string BreakStart { get; }
    public abstract string BreakEnd { get; }
    public abstract string Check { get; }
    public abstract string VerdictNoNewRule { get; }
    public abstract string VerdictAdds(int count);
    public abstract string VerdictTotals(int resolved, int total);
    public abstract string Save { get; }
    public abstract string Cancel { get; }
    public abstract string CoverageTitle { get; }
    public abstract string CoverageChartTitle { get; }
    public abstract string CoverageChartDescription(int shortSlots, int slots);
    public abstract string CoverageCaption { get; }
    public abstract string SeriesNeeded { get; }
    public abstract string SeriesPlanned { get; }
    public abstract string ForecastTitle { get; }
    public abstract string ForecastChartTitle { get; }
    public abstract string ForecastChartDescription(string overall, string target, int below, int slots);
    public abstract string ForecastSeries { get; }
    public abstract string PredictedByRota { get; }
    public abstract string MyChangesTitle(int count);
    public abstract string MyChange(string day, string change, string? before, string? after);
    public abstract string RotaPublishedOn(string day);
    public abstract string ResultTitle { get; }
    public abstract string RulesBroken { get; }
    public abstract string ShortHalfHours { get; }
    public abstract string MissingListenerHours(string hours);
    public abstract string PredictedAgainstTarget(string level, string target);
    public abstract string ResultHint { get; }
    public abstract string ForecastCaption(double answerWithinSeconds, double handlingMinutes);
    public abstract string ForecastDaysCaption(string monday);
    public abstract string ExpectedCalls { get; }
    public abstract string SlotsBelowTarget { get; }
    public abstract string NoData { get; }
    public abstract string ExplanationTitle { get; }
    public abstract string RulesAtRisk { get; }
    public abstract string NoViolations { get; }
    public abstract string UnderCovered { get; }
    public abstract string NoUnderCover { get; }
    public abstract string MissingHours { get; }
    public abstract string ShortSlots { get; }
    public abstract string HoursPerPerson { get; }
    public abstract string FairnessSince(string day);
    public abstract string FairnessHint { get; }
    public abstract string CreditedForTimeAway(int count);
    public abstract string WeekendDays { get; }
    public abstract string LateShifts { get; }
    public abstract string HolidaysWorked { get; }
    public abstract string Paid { get; }
    public abstract string Target { get; }
    public abstract string Difference { get; }
    public abstract string PublishTitle { get; }
    public abstract string PublishClean { get; }
    public abstract string PublishWithViolations(int count);
    public abstract string OverrideReason { get; }
    public abstract string OverrideRequired(int count);
    public abstract string Publish { get; }
    public abstract string FieldUnknownPerson { get; }
    public abstract string FieldDate { get; }
    public abstract string FieldDateInPeriod(string first, string last);
    public abstract string FieldTime { get; }
    public abstract string FieldEndAfterStart { get; }
    public abstract string FieldBreakBoth { get; }
    public abstract string FieldBreakInside { get; }
    public abstract string FieldToAfterFrom { get; }
    public abstract string FieldMonday { get; }
    public abstract string FieldWeeks { get; }
    public abstract string FieldChoose { get; }
    public abstract string StaffTitle { get; }
    public abstract string StaffAssumptions { get; }
    public abstract string StaffCaption(int count);
    public abstract string Channels { get; }
    public abstract string Training { get; }
    public abstract string Trained { get; }
    public abstract string NotTrained { get; }
    public abstract string Inactive { get; }
    public abstract string Contracts { get; }
    public abstract string ContractLine(string first, string last, string hours);
    public abstract string Absences { get; }
    public abstract string NoAbsences { get; }
    public abstract string AbsenceAdded { get; }
    public abstract string AbsenceRemoved { get; }
    public abstract string AbsenceShiftsToReplan(int count);
    public abstract string ShiftsInRota(int count);
    public abstract string DeleteAbsence { get; }
    public abstract string AddAbsence { get; }
    public abstract string FromDate { get; }
    public abstract string ToDate { get; }
    public abstract string DateHint { get; }
    public abstract string Kind { get; }
    public abstract string Note { get; }
    public abstract string Add { get; }
    public abstract string Preferences { get; }
    public abstract string NoPreferences { get; }
    public abstract string NothingPending { get; }
    public abstract string Answer { get; }
    public abstract string Approve { get; }
    public abstract string Refuse { get; }
    public abstract string GenerateTitle { get; }
    public abstract string GenerationUnavailable { get; }
    public abstract string Progress { get; }
    public abstract string State { get; }
    public abstract string Objective { get; }
    public abstract string Gap { get; }

    /// <summary>What the gap measures, so that a high one on a good rota does not alarm.</summary>
    public abstract string GapHint { get; }

    public abstract string DownloadRotaFile { get; }

    public abstract string WeeklyContractHours { get; }

    /// <summary>The week's paid hours on the listener's page, with the contract's when there is one.</summary>
    public abstract string WeekHours(string paid, string? contract);

    public abstract string PaidHours { get; }

    public abstract string DownloadRotaFileHint { get; }

    public abstract string Elapsed { get; }
    public abstract string OpenDraft { get; }
    public abstract string CancelGeneration { get; }
    public abstract string Refresh { get; }
    public abstract string NewGeneration { get; }
    public abstract string FirstMonday { get; }
    public abstract string Weeks { get; }
    public abstract string Generate { get; }
    public abstract string MyScheduleTitle { get; }
    public abstract string WorkingAlongside(int count);
    public abstract string ManagerOnDuty { get; }
    public abstract string TodayIs(string day);
    public abstract string NextShifts { get; }
    public abstract string NoShifts(int count, int days);
    public abstract string Tomorrow { get; }
    public abstract string PreviousWeek { get; }
    public abstract string NextWeek { get; }
    public abstract string DayOff { get; }
    public abstract string CalendarTitle { get; }
    public abstract string CalendarLink { get; }
    public abstract string CalendarSecret { get; }
    public abstract string GetCalendarLink { get; }
    public abstract string HowOutlook { get; }
    public abstract string HowGoogle { get; }
    public abstract string HowApple { get; }
    public abstract string ListenerMessage(string code);
    public abstract string NotLinked { get; }
    public abstract string AvailabilityTitle { get; }
    public abstract string DeclareUnavailable { get; }
    public abstract string MyRequests { get; }
    public abstract string NoRequests { get; }
    public abstract string TimeOffLine(string first, string last);
    public abstract string SwapLine(string day, string colleague);
    public abstract string AskTimeOff { get; }
    public abstract string AskSwap { get; }
    public abstract string WithdrawRequest { get; }
    public abstract string MyShift { get; }
    public abstract string ColleagueShift { get; }
    public abstract string Send { get; }
    public abstract string QualityTitle { get; }
    public abstract string NoQualitySource { get; }
    public abstract string OverTime(string range);
    public abstract string PerHalfHour { get; }
    public abstract string ServiceLevel { get; }
    public abstract string Abandonment { get; }
    public abstract string Asa { get; }
    public abstract string Offered { get; }
    public abstract string ServiceLevelDescription(string scope, string target, double seconds);
    public abstract string AbandonmentDescription(string scope, string max);
    public abstract string AsaDescription(string scope, double seconds);
    public abstract string TargetLabel(string value);
    public abstract string MaxLabel(string value);
    public abstract string ExportCsv { get; }
    public abstract string TrainingCompliance { get; }
    public abstract string TrainingCaption(int days);
    public abstract string QualifiedUntil { get; }
    public abstract string PreferencesHelp { get; }
    public abstract string AddPreference { get; }
    public abstract string EditPreferences { get; }
    public abstract string Remove { get; }
    public abstract string DayLabel { get; }
    public abstract string Weight { get; }
    public abstract string NavDemand { get; }
    public abstract string DemandTitle { get; }
    public abstract string DemandForecast { get; }
    public abstract string DemandForecastHint { get; }
    public abstract string DemandForecastDone(string weeks, string calls);
    public abstract string DemandForecastNone { get; }
    public abstract string DemandIntro { get; }
    public abstract string DemandFromDefault { get; }
    public abstract string DemandCaption { get; }
    public abstract string DemandLegend { get; }
    public abstract string DemandLegendRange(int lowest, int highest);
    public abstract string DemandTotal { get; }
    public abstract string ListenerHours(string hours);
    public abstract string ReplanTitle { get; }
    public abstract string ReplanText { get; }
    public abstract string Replan { get; }
    public abstract string ChangesTitle { get; }
    public abstract string ChangesCaption(int count);
    public abstract string NoChanges { get; }
    public abstract string ChangeKind { get; }
    public abstract string ChangeDate { get; }
    public abstract string ChangeName(string change);
    public abstract string Before { get; }
    public abstract string After { get; }
    public abstract string OpenReference { get; }
}
