using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class AssignmentConfiguration : IEntityTypeConfiguration<AssignmentEntity>
{
    public void Configure(EntityTypeBuilder<AssignmentEntity> builder)
    {
        builder.ToTable("Assignments");
        // Ids are set by the service when it creates a row, so a row added through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(a => a.Channel).HasMaxLength(SkillConfiguration.ChannelLength);
        // Restrict: a person with shifts is deactivated, never deleted.
        builder.HasOne<StaffEntity>().WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.StaffId, a.Date });
        builder.HasIndex(a => new { a.RotaId, a.Date });
    }
}
