using NodaTime;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Data.Entities;

/// <summary>A wish for one date or for a weekday every week; a soft goal of the solver.</summary>
public sealed class PreferenceEntity : IAudited
{
    public Guid Id { get; set; }

    public Guid StaffId { get; set; }

    public PreferenceKind Kind { get; set; }

    public LocalDate? Date { get; set; }

    public IsoDayOfWeek? Day { get; set; }

    /// <summary>1 (a little) to 5 (a lot).</summary>
    public int Weight { get; set; } = 1;

    public string AuditKey => $"{StaffId}/preferences/{Id}";
}
