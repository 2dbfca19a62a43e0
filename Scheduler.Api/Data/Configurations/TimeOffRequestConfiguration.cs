using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class TimeOffRequestConfiguration : IEntityTypeConfiguration<TimeOffRequestEntity>
{
    public const int TextLength = 500;

    public void Configure(EntityTypeBuilder<TimeOffRequestEntity> builder)
    {
        builder.ToTable("TimeOffRequests");
        // Ids are set by the service when it creates a row, so a row added through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Comment).HasMaxLength(TextLength);
        builder.Property(r => r.Answer).HasMaxLength(TextLength);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.HasOne<StaffEntity>().WithMany().HasForeignKey(r => r.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasIndex(r => r.AbsenceId);
    }
}
