using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class SkillConfiguration : IEntityTypeConfiguration<SkillEntity>
{
    public const int ChannelLength = 20;

    public void Configure(EntityTypeBuilder<SkillEntity> builder)
    {
        builder.ToTable("Skills");
        builder.HasKey(s => new { s.StaffId, s.Channel });
        builder.Property(s => s.Channel).HasMaxLength(ChannelLength);
    }
}
