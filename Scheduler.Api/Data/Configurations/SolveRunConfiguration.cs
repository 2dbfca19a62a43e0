using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class SolveRunConfiguration : IEntityTypeConfiguration<SolveRunEntity>
{
    public void Configure(EntityTypeBuilder<SolveRunEntity> builder)
    {
        builder.ToTable("SolveRuns");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.Property(r => r.FireInstanceId).HasMaxLength(200);
        builder.HasIndex(r => r.CreatedAt);
    }
}
