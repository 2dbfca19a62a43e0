using NodaTime;
using Scheduler.Api.Jobs;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Quality;

namespace Scheduler.Tests.Jobs;

/// <summary>
/// In-memory stand-ins for the database stores the runners are written against (the database comes from the service
/// helper). Each keeps exactly the contract its interface documents, including overwrite-by-key and alert de-duplication.
/// </summary>
internal sealed class InMemoryQualityStores :
    IJobWatermarkStore, ICallRecordSource, ISlaIntervalStore, IStaffingSource, IAlertSink, ISlaReportStore,
    ITrainingRecordSource, IQualificationStore, IPublishedRotaSource
{
    public Dictionary<string, Instant> Watermarks { get; } = [];

    public List<CallRecord> Calls { get; } = [];

    public Dictionary<(Instant, CallChannel?), IntervalStatistics> Intervals { get; } = [];

    /// <summary>How many times each interval key was written: more than once means it was computed again.</summary>
    public Dictionary<(Instant, CallChannel?), int> IntervalWrites { get; } = [];

    public List<StaffingActual> Staffing { get; } = [];

    public Dictionary<string, QualityAlert> Alerts { get; } = [];

    public Dictionary<(PeriodKind, LocalDate, CallChannel?), PeriodStatistics> Reports { get; } = [];

    public List<TrainingModule> Modules { get; } = [];

    public List<TrainingCompletion> Completions { get; } = [];

    public List<StaffMember> Staff { get; } = [];

    public List<Qualification> Qualifications { get; } = [];

    public List<Assignment> Rota { get; } = [];

    /// <summary>Offered calls over the all-channel rows: equals the number of calls when each is counted once.</summary>
    public int StoredOffered => Intervals.Values.Where(i => i.Channel is null).Sum(i => i.Counts.Offered);

    public Task<Instant?> GetAsync(string job, CancellationToken cancellationToken) =>
        Task.FromResult(Watermarks.TryGetValue(job, out var w) ? w : (Instant?)null);

    public Task SetAsync(string job, Instant processedUntil, CancellationToken cancellationToken)
    {
        Watermarks[job] = processedUntil;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CallRecord>> OfferedBetweenAsync(Instant start, Instant until, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CallRecord>>([.. Calls.Where(c => c.OfferedAt >= start && c.OfferedAt < until)]);

    public Task UpsertAsync(IReadOnlyList<IntervalStatistics> intervals, CancellationToken cancellationToken)
    {
        foreach (var row in intervals)
        {
            var key = (row.Interval.Start, row.Channel);
            Intervals[key] = row;
            IntervalWrites[key] = IntervalWrites.GetValueOrDefault(key) + 1;
        }

        return Task.CompletedTask;
    }

    Task<IReadOnlyList<IntervalStatistics>> ISlaIntervalStore.GetAsync(Instant start, Instant until, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IntervalStatistics>>([.. Intervals.Values.Where(i => i.Interval.Start >= start && i.Interval.Start < until)]);

    Task<IReadOnlyList<StaffingActual>> IStaffingSource.GetAsync(Instant start, Instant until, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StaffingActual>>([.. Staffing.Where(s => s.Start >= start && s.Start < until)]);

    public Task<bool> RaiseAsync(QualityAlert alert, CancellationToken cancellationToken) => Task.FromResult(Alerts.TryAdd(alert.Key, alert));

    public Task SaveAsync(IReadOnlyList<PeriodStatistics> reports, CancellationToken cancellationToken)
    {
        foreach (var report in reports)
        {
            Reports[(report.Kind, report.Start, report.Channel)] = report;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TrainingModule>> GetModulesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TrainingModule>>(Modules);

    public Task<IReadOnlyList<TrainingCompletion>> GetCompletionsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TrainingCompletion>>(Completions);

    public Task<IReadOnlyList<StaffMember>> GetStaffAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<StaffMember>>(Staff);

    public Task SaveAsync(IReadOnlyList<Qualification> qualifications, CancellationToken cancellationToken)
    {
        Qualifications.Clear();
        Qualifications.AddRange(qualifications);
        return Task.CompletedTask;
    }

    Task<IReadOnlyList<Assignment>> IPublishedRotaSource.GetAsync(LocalDate first, LocalDate last, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Assignment>>([.. Rota.Where(a => a.Date >= first && a.Date <= last)]);
}
