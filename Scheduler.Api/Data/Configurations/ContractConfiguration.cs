using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class ContractConfiguration : IEntityTypeConfiguration<ContractEntity>
{
    public void Configure(EntityTypeBuilder<ContractEntity> builder)
    {
        builder.ToTable("Contracts");
        builder.HasIndex(c => new { c.StaffId, c.ValidFrom });
    }
}
