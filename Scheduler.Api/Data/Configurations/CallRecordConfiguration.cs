using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecordEntity>
{
    public const int CallIdLength = 64;

    public void Configure(EntityTypeBuilder<CallRecordEntity> builder)
    {
        builder.ToTable("CallRecords");
        builder.Property(c => c.CallId).HasMaxLength(CallIdLength);
        builder.Property(c => c.Channel).HasMaxLength(10);
        builder.Property(c => c.ListenerId).HasMaxLength(64);
        builder.HasIndex(c => c.CallId).IsUnique();
        // The SLA job reads calls by the half-hour they were offered in.
        builder.HasIndex(c => c.OfferedAt);
    }
}
