namespace Scheduler.Api.Data.Entities;

/// <summary>A channel (phone, chat, email, web form) a person is trained to answer.</summary>
public sealed class SkillEntity : IAudited
{
    public Guid StaffId { get; set; }

    public required string Channel { get; set; }

    public string AuditKey => $"{StaffId}/skills/{Channel}";
}
