using Scheduler.Solver.Domain;
using static Scheduler.Api.Rostering.FieldReader;

namespace Scheduler.Api.Rostering;

/// <summary>
/// Reads the optional <c>rules</c> and <c>weights</c> objects: each field present overrides the default,
/// each field absent keeps it. Durations carry their unit in their name (<c>...Hours</c> or <c>...Minutes</c>).
/// </summary>
internal static class RulesReader
{
    public static RuleSettings Read(RulesDto? dto, IReadOnlySet<string> shiftIds)
    {
        var d = RuleSettings.Default;
        if (dto is null)
        {
            return d;
        }

        if (dto.SlotMinutes is <= 0)
        {
            throw new RotaFormatException("rules.slotMinutes", $"{dto.SlotMinutes} must be more than 0");
        }

        return new RuleSettings
        {
            SlotLength = Minutes(dto.SlotMinutes, "slotMinutes", d.SlotLength),
            MinManagersOnDuty = Count(dto.MinManagersOnDuty, "minManagersOnDuty", d.MinManagersOnDuty),
            MinTrainedListenersOnDuty = Count(dto.MinTrainedListenersOnDuty, "minTrainedListenersOnDuty", d.MinTrainedListenersOnDuty),
            MinShiftLength = Hours(dto.MinShiftHours, "minShiftHours", d.MinShiftLength),
            MaxShiftLength = Hours(dto.MaxShiftHours, "maxShiftHours", d.MaxShiftLength),
            MaxDailyWork = Hours(dto.MaxDailyWorkHours, "maxDailyWorkHours", d.MaxDailyWork),
            BreakThreshold = Hours(dto.BreakThresholdHours, "breakThresholdHours", d.BreakThreshold),
            BreakLength = Minutes(dto.BreakMinutes, "breakMinutes", d.BreakLength),
            MinBreakLength = Minutes(dto.MinBreakMinutes, "minBreakMinutes", d.MinBreakLength),
            BreakMargin = Hours(dto.BreakMarginHours, "breakMarginHours", d.BreakMargin),
            MinDailyRest = Hours(dto.MinDailyRestHours, "minDailyRestHours", d.MinDailyRest),
            MinWeeklyRest = Hours(dto.MinWeeklyRestHours, "minWeeklyRestHours", d.MinWeeklyRest),
            MinDaysOffPerWeek = Count(dto.MinDaysOffPerWeek, "minDaysOffPerWeek", d.MinDaysOffPerWeek),
            MaxWorkingDaysInSeven = Count(dto.MaxWorkingDaysInSeven, "maxWorkingDaysInSeven", d.MaxWorkingDaysInSeven),
            MaxWeeklyWork = Hours(dto.MaxWeeklyHours, "maxWeeklyHours", d.MaxWeeklyWork),
            MaxAverageWeeklyWork = Hours(dto.MaxAverageWeeklyHours, "maxAverageWeeklyHours", d.MaxAverageWeeklyWork),
            AverageWeeks = Count(dto.AverageWeeks, "averageWeeks", d.AverageWeeks),
            FullTimeWeeklyBand = Hours(dto.FullTimeWeeklyBandHours, "fullTimeWeeklyBandHours", d.FullTimeWeeklyBand),
            PartTimeExtraMaxFraction = dto.PartTimeExtraMaxFraction is { } f
                ? (f is >= 0 and <= 1 ? (double)f : throw new RotaFormatException("rules.partTimeExtraMaxFraction", $"{f} is not between 0 and 1"))
                : d.PartTimeExtraMaxFraction,
            PartTimeWeeklyCeiling = Hours(dto.PartTimeWeeklyCeilingHours, "partTimeWeeklyCeilingHours", d.PartTimeWeeklyCeiling),
            ContractHoursApply = dto.ContractHoursApply ?? d.ContractHoursApply,
            ShiftLengthStep = Minutes(dto.ShiftLengthStepMinutes, "shiftLengthStepMinutes", d.ShiftLengthStep),
            ShiftStartStep = Minutes(dto.ShiftStartStepMinutes, "shiftStartStepMinutes", d.ShiftStartStep),
            ForbiddenSuccessions = dto.ForbiddenSuccessions is { } successions ? Successions(successions, shiftIds) : d.ForbiddenSuccessions,
        };
    }

    public static SoftWeights Read(WeightsDto? dto)
    {
        var d = SoftWeights.Default;
        if (dto is null)
        {
            return d;
        }

        return new SoftWeights
        {
            UnderCoverage = Weight(dto.UnderCoverage, "underCoverage", d.UnderCoverage),
            OverCoverage = Weight(dto.OverCoverage, "overCoverage", d.OverCoverage),
            Fairness = Weight(dto.Fairness, "fairness", d.Fairness),
            Preference = Weight(dto.Preference, "preference", d.Preference),
            StartTimeStability = Weight(dto.StartTimeStability, "startTimeStability", d.StartTimeStability),
            Change = Weight(dto.Change, "change", d.Change),
            ConsecutiveWeekends = Weight(dto.ConsecutiveWeekends, "consecutiveWeekends", d.ConsecutiveWeekends),
            DeferredHours = Weight(dto.DeferredHours, "deferredHours", d.DeferredHours),
            BackToBackWeekends = Weight(dto.BackToBackWeekends, "backToBackWeekends", d.BackToBackWeekends),
        };
    }

    public static RulesDto Write(RuleSettings r) => new()
    {
        SlotMinutes = (decimal)r.SlotLength.TotalMinutes,
        MinManagersOnDuty = r.MinManagersOnDuty,
        MinTrainedListenersOnDuty = r.MinTrainedListenersOnDuty,
        MinShiftHours = FieldReader.Hours(r.MinShiftLength),
        MaxShiftHours = FieldReader.Hours(r.MaxShiftLength),
        MaxDailyWorkHours = FieldReader.Hours(r.MaxDailyWork),
        BreakThresholdHours = FieldReader.Hours(r.BreakThreshold),
        BreakMinutes = (decimal)r.BreakLength.TotalMinutes,
        MinBreakMinutes = (decimal)r.MinBreakLength.TotalMinutes,
        BreakMarginHours = FieldReader.Hours(r.BreakMargin),
        MinDailyRestHours = FieldReader.Hours(r.MinDailyRest),
        MinWeeklyRestHours = FieldReader.Hours(r.MinWeeklyRest),
        MinDaysOffPerWeek = r.MinDaysOffPerWeek,
        MaxWorkingDaysInSeven = r.MaxWorkingDaysInSeven,
        MaxWeeklyHours = FieldReader.Hours(r.MaxWeeklyWork),
        MaxAverageWeeklyHours = FieldReader.Hours(r.MaxAverageWeeklyWork),
        AverageWeeks = r.AverageWeeks,
        FullTimeWeeklyBandHours = FieldReader.Hours(r.FullTimeWeeklyBand),
        PartTimeExtraMaxFraction = (decimal)r.PartTimeExtraMaxFraction,
        PartTimeWeeklyCeilingHours = FieldReader.Hours(r.PartTimeWeeklyCeiling),
        ContractHoursApply = r.ContractHoursApply,
        ShiftLengthStepMinutes = (decimal)r.ShiftLengthStep.TotalMinutes,
        ShiftStartStepMinutes = (decimal)r.ShiftStartStep.TotalMinutes,
        ForbiddenSuccessions = r.ForbiddenSuccessions.Count == 0 ? null : r.ForbiddenSuccessions.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal),
    };

    public static WeightsDto Write(SoftWeights w) => new()
    {
        UnderCoverage = w.UnderCoverage,
        OverCoverage = w.OverCoverage,
        Fairness = w.Fairness,
        Preference = w.Preference,
        StartTimeStability = w.StartTimeStability,
        Change = w.Change,
        ConsecutiveWeekends = w.ConsecutiveWeekends,
        DeferredHours = w.DeferredHours,
        BackToBackWeekends = w.BackToBackWeekends,
    };

    private static NodaTime.Duration Hours(decimal? value, string name, NodaTime.Duration fallback) =>
        value is { } v ? Duration(v, $"rules.{name}") : fallback;

    private static NodaTime.Duration Minutes(decimal? value, string name, NodaTime.Duration fallback) =>
        value is { } v ? Duration(v, $"rules.{name}", minutesPerUnit: 1) : fallback;

    private static Dictionary<string, IReadOnlyList<string>> Successions(Dictionary<string, List<string>> successions, IReadOnlySet<string> shiftIds) =>
        successions.ToDictionary(
            p => NamedShiftsReader.KnownShift(p.Key, "rules.forbiddenSuccessions", shiftIds),
            p => (IReadOnlyList<string>)[.. (p.Value ?? []).Select(next => NamedShiftsReader.KnownShift(next, $"rules.forbiddenSuccessions.{p.Key}", shiftIds))],
            StringComparer.Ordinal);

    private static int Count(int? value, string name, int fallback) =>
        value is { } v ? NonNegative(v, $"rules.{name}") : fallback;

    private static int Weight(int? value, string name, int fallback) =>
        value is { } v ? NonNegative(v, $"weights.{name}") : fallback;
}
