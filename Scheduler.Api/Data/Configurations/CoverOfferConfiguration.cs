using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class CoverOfferConfiguration : IEntityTypeConfiguration<CoverOfferEntity>
{
    public const int NoteLength = 500;

    public void Configure(EntityTypeBuilder<CoverOfferEntity> builder)
    {
        builder.ToTable("CoverOffers");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Note).HasMaxLength(NoteLength);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.CreatedBy).HasMaxLength(256);
        builder.HasOne<AssignmentEntity>().WithMany().HasForeignKey(o => o.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Volunteers).WithOne().HasForeignKey(v => v.OfferId).OnDelete(DeleteBehavior.Cascade);
        // The open offers are what pages ask for: the managers' list, and whether a shift has one already.
        builder.HasIndex(o => new { o.Status, o.AssignmentId });
    }
}
