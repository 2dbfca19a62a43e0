using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class DemandChangeConfiguration : IEntityTypeConfiguration<DemandChangeEntity>
{
    public void Configure(EntityTypeBuilder<DemandChangeEntity> builder)
    {
        builder.ToTable("DemandChanges");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        // Up to 12 Mondays of 10 characters and their commas.
        builder.Property(c => c.WeeksUsed).HasMaxLength(200);
        builder.HasIndex(c => c.ChangedAt);
    }
}
