using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class RotaConfiguration : IEntityTypeConfiguration<RotaEntity>
{
    public void Configure(EntityTypeBuilder<RotaEntity> builder)
    {
        builder.ToTable("Rotas");
        // Ids are set by the service when it creates a row, so a row added through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Source).HasMaxLength(50);
        builder.Property(r => r.PublishedBy).HasMaxLength(256);
        builder.Property(r => r.OverrideReason).HasMaxLength(1000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.PeriodStart, r.Status });
        builder.HasMany(r => r.Assignments).WithOne().HasForeignKey(a => a.RotaId);
    }
}
