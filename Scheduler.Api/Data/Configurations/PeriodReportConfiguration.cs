using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class PeriodReportConfiguration : IEntityTypeConfiguration<PeriodReportEntity>
{
    public void Configure(EntityTypeBuilder<PeriodReportEntity> builder)
    {
        builder.ToTable("SlaReports");
        builder.HasKey(r => new { r.Kind, r.Start, r.Channel });
        builder.Property(r => r.Kind).HasMaxLength(10);
        builder.Property(r => r.Channel).HasMaxLength(10);
    }
}
