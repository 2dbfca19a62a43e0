using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class JobWatermarkConfiguration : IEntityTypeConfiguration<JobWatermarkEntity>
{
    public void Configure(EntityTypeBuilder<JobWatermarkEntity> builder)
    {
        builder.ToTable("JobWatermarks");
        builder.HasKey(w => w.Job);
        builder.Property(w => w.Job).HasMaxLength(60);
    }
}
