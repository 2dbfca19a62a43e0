using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Scheduler.Api.Rostering;

// The JSON shape of a rota file. Everything is nullable so that the reader, not the serializer,
// decides what is missing and names the field; dates and times are strings parsed with exact NodaTime patterns.
#pragma warning disable CA1002, CA2227 // Plain serialization shapes: mutable lists are what System.Text.Json fills.

internal sealed class RotaFileDto
{
    public string? Start { get; set; }
    public int? Weeks { get; set; }
    public List<StaffDto>? Staff { get; set; }
    public List<OpeningDto>? Opening { get; set; }
    public List<DemandDto>? Demand { get; set; }
    public List<ShiftDefinitionDto>? Shifts { get; set; }
    public List<ShiftCoverDto>? ShiftCover { get; set; }
    public List<string>? Holidays { get; set; }
    public string? FairnessFrom { get; set; }
    public string? ReferencePeriodEnd { get; set; }
    public int? ReferencePeriodWeeks { get; set; }
    public List<AssignmentDto>? History { get; set; }
    public List<AssignmentDto>? Reference { get; set; }
    public List<AssignmentDto>? Pinned { get; set; }
    public RulesDto? Rules { get; set; }
    public WeightsDto? Weights { get; set; }
    public List<AssignmentDto>? Assignments { get; set; }
    public JsonObject? Summary { get; set; }
}

internal sealed class StaffDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public decimal? WeeklyHours { get; set; }
    public decimal? ExtraHoursAllowed { get; set; }
    public decimal? CarriedHours { get; set; }
    public List<string>? Channels { get; set; }
    public bool? Trained { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? QualifiedUntil { get; set; }

    public List<AbsenceDto>? Absences { get; set; }
    public List<PreferenceDto>? Preferences { get; set; }
    public WorkLimitsDto? Limits { get; set; }
}

internal sealed class WorkLimitsDto
{
    public int? MaxConsecutiveWorkDays { get; set; }
    public int? MinConsecutiveWorkDays { get; set; }
    public int? MinConsecutiveDaysOff { get; set; }
    public int? MaxWeekends { get; set; }
    public Dictionary<string, int>? MaxShifts { get; set; }
    public decimal? MinWorkedHours { get; set; }
    public decimal? MaxWorkedHours { get; set; }
}

internal sealed class ShiftDefinitionDto
{
    public string? Id { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
}

internal sealed class ShiftCoverDto
{
    public string? Date { get; set; }
    public string? ShiftId { get; set; }
    public int? Required { get; set; }
    public int? UnderWeight { get; set; }
    public int? OverWeight { get; set; }
}

internal sealed class AbsenceDto
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Kind { get; set; }
}

internal sealed class PreferenceDto
{
    public string? Kind { get; set; }
    public string? Date { get; set; }
    public string? Day { get; set; }
    public int? Weight { get; set; }
    public string? ShiftId { get; set; }
}

internal sealed class OpeningDto
{
    public string? Date { get; set; }
    public string? Open { get; set; }
    public string? Close { get; set; }
}

internal sealed class DemandDto
{
    public string? Date { get; set; }
    public string? Start { get; set; }
    public string? Channel { get; set; }
    public int? Required { get; set; }
}

internal sealed class AssignmentDto
{
    public string? StaffId { get; set; }
    public string? Date { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? BreakStart { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? BreakEnd { get; set; }
}

/// <summary>Rule overrides; each duration carries its unit in its name (Hours or Minutes, decimals allowed, whole minutes).</summary>
internal sealed class RulesDto
{
    public decimal? SlotMinutes { get; set; }
    public int? MinManagersOnDuty { get; set; }
    public int? MinTrainedListenersOnDuty { get; set; }
    public decimal? MinShiftHours { get; set; }
    public decimal? MaxShiftHours { get; set; }
    public decimal? MaxDailyWorkHours { get; set; }
    public decimal? BreakThresholdHours { get; set; }
    public decimal? BreakMinutes { get; set; }
    public decimal? MinBreakMinutes { get; set; }
    public decimal? BreakMarginHours { get; set; }
    public decimal? MinDailyRestHours { get; set; }
    public decimal? MinWeeklyRestHours { get; set; }
    public int? MinDaysOffPerWeek { get; set; }
    public int? MaxWorkingDaysInSeven { get; set; }
    public decimal? MaxWeeklyHours { get; set; }
    public decimal? MaxAverageWeeklyHours { get; set; }
    public int? AverageWeeks { get; set; }
    public decimal? FullTimeWeeklyBandHours { get; set; }
    public decimal? PartTimeExtraMaxFraction { get; set; }
    public decimal? PartTimeWeeklyCeilingHours { get; set; }
    public bool? ContractHoursApply { get; set; }
    public decimal? ShiftLengthStepMinutes { get; set; }
    public decimal? ShiftStartStepMinutes { get; set; }
    public Dictionary<string, List<string>>? ForbiddenSuccessions { get; set; }
}

internal sealed class WeightsDto
{
    public int? UnderCoverage { get; set; }
    public int? OverCoverage { get; set; }
    public int? Fairness { get; set; }
    public int? Preference { get; set; }
    public int? StartTimeStability { get; set; }
    public int? Change { get; set; }
    public int? ConsecutiveWeekends { get; set; }
    public int? DeferredHours { get; set; }
    public int? BackToBackWeekends { get; set; }
}
#pragma warning restore CA1002, CA2227
