using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>A work contract valid from <see cref="ValidFrom"/> to <see cref="ValidTo"/>, both inclusive; an open end has no <see cref="ValidTo"/>.</summary>
public sealed class ContractEntity : IAudited
{
    public Guid Id { get; set; }

    public Guid StaffId { get; set; }

    public LocalDate ValidFrom { get; set; }

    public LocalDate? ValidTo { get; set; }

    /// <summary>Contract hours per week, in minutes (35 h = 2100).</summary>
    public int WeeklyMinutes { get; set; }

    /// <summary>Extra minutes per week a part-timer may be planned ("heures complémentaires").</summary>
    public int ExtraMinutesAllowed { get; set; }

    public string AuditKey => $"{StaffId}/contracts/{Id}";
}
