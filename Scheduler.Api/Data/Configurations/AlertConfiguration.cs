using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class AlertConfiguration : IEntityTypeConfiguration<AlertEntity>
{
    public void Configure(EntityTypeBuilder<AlertEntity> builder)
    {
        builder.ToTable("Alerts");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Key).HasMaxLength(200);
        builder.Property(a => a.Kind).HasMaxLength(40);
        builder.Property(a => a.Details).HasMaxLength(1000);
        builder.Property(a => a.DetailsEnglish).HasMaxLength(1000);
        builder.Property(a => a.Channel).HasMaxLength(10);
        builder.Property(a => a.StaffId).HasMaxLength(64);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(256);
        // The same fact (kind, date, channel or person) is stored once, whichever node or run raises it.
        builder.HasIndex(a => a.Key).IsUnique();
        builder.HasIndex(a => a.RaisedAt);
    }
}
