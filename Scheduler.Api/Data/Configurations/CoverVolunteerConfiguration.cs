using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class CoverVolunteerConfiguration : IEntityTypeConfiguration<CoverVolunteerEntity>
{
    public void Configure(EntityTypeBuilder<CoverVolunteerEntity> builder)
    {
        builder.ToTable("CoverVolunteers");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<StaffEntity>().WithMany().HasForeignKey(v => v.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.OfferId, v.StaffId }).IsUnique();
    }
}
