using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Data;

/// <summary>
/// The one model of the service, provider-neutral. Each provider has a derived context with its own migrations
/// (<see cref="SqliteSchedulerDbContext"/>, <see cref="SqlServerSchedulerDbContext"/>); services ask for this base type.
/// </summary>
public abstract class SchedulerDbContext(DbContextOptions options) : IdentityDbContext<SchedulerUser>(options), IDataProtectionKeyContext
{
    /// <summary>Keys protecting tokens and cookies, shared by every node on the same database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<StaffEntity> Staff => Set<StaffEntity>();

    public DbSet<ContractEntity> Contracts => Set<ContractEntity>();

    public DbSet<SkillEntity> Skills => Set<SkillEntity>();

    public DbSet<AbsenceEntity> Absences => Set<AbsenceEntity>();

    public DbSet<PreferenceEntity> Preferences => Set<PreferenceEntity>();

    public DbSet<DemandEntity> Demand => Set<DemandEntity>();

    /// <summary>Each replacement of the weekly demand profile (see <see cref="Features.Demand.DemandSource"/>).</summary>
    public DbSet<DemandChangeEntity> DemandChanges => Set<DemandChangeEntity>();

    public DbSet<RotaEntity> Rotas => Set<RotaEntity>();

    public DbSet<AssignmentEntity> Assignments => Set<AssignmentEntity>();

    public DbSet<SolveRunEntity> SolveRuns => Set<SolveRunEntity>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<TimeOffRequestEntity> TimeOffRequests => Set<TimeOffRequestEntity>();

    public DbSet<SwapRequestEntity> SwapRequests => Set<SwapRequestEntity>();

    public DbSet<CoverOfferEntity> CoverOffers => Set<CoverOfferEntity>();

    public DbSet<CoverVolunteerEntity> CoverVolunteers => Set<CoverVolunteerEntity>();

    public DbSet<CallRecordEntity> CallRecords => Set<CallRecordEntity>();

    public DbSet<IntervalStatisticsEntity> SlaIntervals => Set<IntervalStatisticsEntity>();

    public DbSet<PeriodReportEntity> SlaReports => Set<PeriodReportEntity>();

    public DbSet<AlertEntity> Alerts => Set<AlertEntity>();

    public DbSet<TrainingModuleEntity> TrainingModules => Set<TrainingModuleEntity>();

    public DbSet<TrainingCompletionEntity> TrainingCompletions => Set<TrainingCompletionEntity>();

    public DbSet<JobWatermarkEntity> JobWatermarks => Set<JobWatermarkEntity>();

    /// <summary>E-mails to send and the record of those sent (see <see cref="Features.Mail.MailOutbox"/>).</summary>
    public DbSet<OutboxMessageEntity> OutboxMessages => Set<OutboxMessageEntity>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SchedulerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // These also cover the nullable forms (Instant?, LocalDate?, LocalTime?).
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
        configurationBuilder.Properties<Duration>().HaveConversion<DurationConverter>();
    }
}
