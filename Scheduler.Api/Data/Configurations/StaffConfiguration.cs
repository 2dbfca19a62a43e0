using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class StaffConfiguration : IEntityTypeConfiguration<StaffEntity>
{
    public const int NameLength = 200;
    public const int EmailLength = 256;

    public void Configure(EntityTypeBuilder<StaffEntity> builder)
    {
        builder.ToTable("Staff");
        // Ids are set by the service when it creates a row, so a row added through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(NameLength);
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Email).HasMaxLength(EmailLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Contracts).WithOne().HasForeignKey(c => c.StaffId);
        builder.HasMany(s => s.Skills).WithOne().HasForeignKey(c => c.StaffId);
        builder.HasMany(s => s.Absences).WithOne().HasForeignKey(c => c.StaffId);
        builder.HasMany(s => s.Preferences).WithOne().HasForeignKey(c => c.StaffId);
    }
}
