using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data.Configurations;

public sealed class TrainingModuleConfiguration : IEntityTypeConfiguration<TrainingModuleEntity>
{
    public const int IdLength = 40;

    public void Configure(EntityTypeBuilder<TrainingModuleEntity> builder)
    {
        builder.ToTable("TrainingModules");
        builder.Property(m => m.Id).HasMaxLength(IdLength);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
