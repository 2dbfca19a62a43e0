using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class DemandConfiguration : IEntityTypeConfiguration<DemandEntity>
{
    public void Configure(EntityTypeBuilder<DemandEntity> builder)
    {
        builder.ToTable("Demand");
        // Ids are set by the service when it creates a row, so a row added through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(d => d.Day).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Channel).HasMaxLength(SkillConfiguration.ChannelLength);
        builder.HasIndex(d => new { d.Channel, d.Day, d.SlotStart });
    }
}
