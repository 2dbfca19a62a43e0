using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class TrainingCompletionConfiguration : IEntityTypeConfiguration<TrainingCompletionEntity>
{
    public void Configure(EntityTypeBuilder<TrainingCompletionEntity> builder)
    {
        builder.ToTable("TrainingCompletions");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ModuleId).HasMaxLength(TrainingModuleConfiguration.IdLength);
        builder.HasOne<StaffEntity>().WithMany().HasForeignKey(c => c.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingModuleEntity>().WithMany().HasForeignKey(c => c.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.StaffId, c.ModuleId, c.CompletedOn }).IsUnique();
    }
}
