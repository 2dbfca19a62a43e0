using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class IntervalStatisticsConfiguration : IEntityTypeConfiguration<IntervalStatisticsEntity>
{
    public void Configure(EntityTypeBuilder<IntervalStatisticsEntity> builder)
    {
        builder.ToTable("SlaIntervals");
        builder.HasKey(i => new { i.Start, i.Channel });
        builder.Property(i => i.Channel).HasMaxLength(10);
        // Reports sum a channel's rows over a range of local dates.
        builder.HasIndex(i => new { i.Channel, i.Date });
    }
}
