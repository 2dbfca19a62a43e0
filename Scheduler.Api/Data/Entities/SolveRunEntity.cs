using NodaTime;

namespace Scheduler.Api.Data.Entities;

/// <summary>Where a solve stands; a run ends Succeeded (a draft was stored), Failed or Cancelled.</summary>
public enum SolveRunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>
/// One request to plan a period (or re-plan a published rota), run by the Quartz job <c>SolveRotaJob</c> on whichever
/// node fires it. The row is the shared state every node reads: progress while it runs, the draft it stored, and the
/// cancel flag the running job polls.
/// </summary>
public sealed class SolveRunEntity
{
    public Guid Id { get; set; }

    /// <summary>First date planned, a Monday.</summary>
    public LocalDate PeriodStart { get; set; }

    public int Weeks { get; set; }

    public int TimeLimitSeconds { get; set; }

    public int Seed { get; set; }

    public int Workers { get; set; } = 2;

    /// <summary>For a re-plan: the published rota kept as the reference (fewest changes).</summary>
    public Guid? ReferenceRotaId { get; set; }

    /// <summary>For a re-plan: keep the reference's shifts exactly where nobody is newly absent.</summary>
    public bool PinUnchanged { get; set; }

    public SolveRunStatus Status { get; set; }

    public required string RequestedBy { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant? StartedAt { get; set; }

    public Instant? FinishedAt { get; set; }

    /// <summary>When progress was last written (at most about once a second while running).</summary>
    public Instant UpdatedAt { get; set; }

    public double? BestObjective { get; set; }

    public double? BestBound { get; set; }

    public double? Gap { get; set; }

    public double? ElapsedSeconds { get; set; }

    /// <summary>Set by a cancel request from any node; the running job polls it.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>Quartz's id of the firing that runs the solve, so a cancel on the same node interrupts it at once.</summary>
    public string? FireInstanceId { get; set; }

    /// <summary>How many times a node started the job (more than one after a node died mid-solve).</summary>
    public int Attempts { get; set; }

    /// <summary>The draft the solve stored.</summary>
    public Guid? RotaId { get; set; }

    /// <summary>For a re-plan, the changed shifts (JSON); null otherwise.</summary>
    public string? ChangesJson { get; set; }

    /// <summary>Why the run failed (no rota within the time, infeasible with its explanation, an error).</summary>
    public string? Error { get; set; }

    /// <summary>When no rota keeps every rule: the rules in conflict, in French and English, and the hours short (JSON).</summary>
    public string? ExplanationJson { get; set; }
}
