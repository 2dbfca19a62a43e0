using NodaTime;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Jobs;

/// <summary>How far a job has processed, so a run after downtime resumes where the last one stopped.</summary>
public interface IJobWatermarkStore
{
    Task<Instant?> GetAsync(string job, CancellationToken cancellationToken);

    Task SetAsync(string job, Instant processedUntil, CancellationToken cancellationToken);
}

/// <summary>Stored call records.</summary>
public interface ICallRecordSource
{
    /// <summary>Calls offered in [<paramref name="start"/>, <paramref name="until"/>) (a call belongs to the half-hour it was offered in).</summary>
    Task<IReadOnlyList<CallRecord>> OfferedBetweenAsync(Instant start, Instant until, CancellationToken cancellationToken);
}

/// <summary>Stored half-hour statistics, one row per (half-hour start, channel key), channel null = all channels.</summary>
public interface ISlaIntervalStore
{
    /// <summary>Inserts or overwrites by (start, channel): storing a half-hour twice leaves one row, never a sum.</summary>
    Task UpsertAsync(IReadOnlyList<IntervalStatistics> intervals, CancellationToken cancellationToken);

    /// <summary>Rows whose half-hour starts in [<paramref name="start"/>, <paramref name="until"/>).</summary>
    Task<IReadOnlyList<IntervalStatistics>> GetAsync(Instant start, Instant until, CancellationToken cancellationToken);
}

/// <summary>Listeners the published rota planned, and listeners actually on duty, per half-hour.</summary>
public sealed record StaffingActual(Instant Start, int Planned, int Actual);

public interface IStaffingSource
{
    /// <summary>One row per half-hour starting in [<paramref name="start"/>, <paramref name="until"/>) that the rota covers; closed half-hours may be absent.</summary>
    Task<IReadOnlyList<StaffingActual>> GetAsync(Instant start, Instant until, CancellationToken cancellationToken);
}

/// <summary>Stored day, week and month reports.</summary>
public interface ISlaReportStore
{
    /// <summary>Inserts or overwrites by (kind, start, channel).</summary>
    Task SaveAsync(IReadOnlyList<PeriodStatistics> reports, CancellationToken cancellationToken);
}
