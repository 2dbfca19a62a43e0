using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Features.Staff;

/// <summary>A person as the API shows it; <see cref="WeeklyHours"/> is the contract in force today (or the latest one).</summary>
public sealed record StaffResponse(
    Guid Id, string Name, StaffRole Role, string? Email, decimal WeeklyHours, bool IsActive, bool IsTrained,
    LocalDate? QualifiedUntil, IReadOnlyList<string> Channels, Guid Version)
{
    public static StaffResponse From(StaffEntity s, LocalDate today)
    {
        var contract = s.ContractOn(today) ?? s.Contracts.OrderByDescending(c => c.ValidFrom).FirstOrDefault();
        return new(s.Id, s.Name, s.Role, s.Email, (contract?.WeeklyMinutes ?? 0) / 60m, s.IsActive, s.IsTrained,
            s.QualifiedUntil, [.. s.Skills.Select(k => k.Channel).Order(StringComparer.Ordinal)], s.Version);
    }
}

/// <summary>Create or update a person. On update <see cref="Version"/> is required: it is the version the edit was made on.</summary>
public sealed record StaffRequest(
    string? Name, StaffRole? Role, string? Email, decimal? WeeklyHours, bool? IsTrained, LocalDate? QualifiedUntil,
    IReadOnlyList<string>? Channels, Guid? Version);

public sealed record ContractRequest(LocalDate? ValidFrom, decimal? WeeklyHours, int? ExtraMinutesAllowed);

public sealed record ContractResponse(Guid Id, LocalDate ValidFrom, LocalDate? ValidTo, decimal WeeklyHours, int ExtraMinutesAllowed)
{
    public static ContractResponse From(ContractEntity c) => new(c.Id, c.ValidFrom, c.ValidTo, c.WeeklyMinutes / 60m, c.ExtraMinutesAllowed);
}

public sealed record QualificationRequest(bool? IsTrained, LocalDate? QualifiedUntil, IReadOnlyList<string>? Channels);

public sealed record AbsenceRequest(LocalDate? From, LocalDate? To, AbsenceKind? Kind, string? Note);

public sealed record AbsenceResponse(Guid Id, LocalDate From, LocalDate To, AbsenceKind Kind, string? Note)
{
    public static AbsenceResponse FromEntity(AbsenceEntity a) => new(a.Id, a.From, a.To, a.Kind, a.Note);
}

public sealed record PreferenceRequest(PreferenceKind? Kind, LocalDate? Date, IsoDayOfWeek? Day, int? Weight);

public sealed record PreferenceResponse(Guid Id, PreferenceKind Kind, LocalDate? Date, IsoDayOfWeek? Day, int Weight)
{
    public static PreferenceResponse From(PreferenceEntity p) => new(p.Id, p.Kind, p.Date, p.Day, p.Weight);
}
