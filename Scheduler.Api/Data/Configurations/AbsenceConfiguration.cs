using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class AbsenceConfiguration : IEntityTypeConfiguration<AbsenceEntity>
{
    public const int NoteLength = 500;

    public void Configure(EntityTypeBuilder<AbsenceEntity> builder)
    {
        builder.ToTable("Absences");
        // Ids are set by the service when it creates a row, so a row added through a navigation is inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Note).HasMaxLength(NoteLength);
        builder.HasIndex(a => new { a.StaffId, a.From });
    }
}
