using NodaTime;

namespace Scheduler.Api.Features.Rotas.History;

/// <summary>What happened to a rota, in the words a manager would use.</summary>
public enum RotaEventKind
{
    /// <summary>The rota was made (solver, re-plan, import, seed), with <see cref="RotaEvent.Shifts"/> shifts.</summary>
    Created,

    /// <summary>Many shifts added at once (more than <see cref="RotaHistory.ListedAdditions"/>), counted in <see cref="RotaEvent.Shifts"/>.</summary>
    ShiftsAdded,

    ShiftAdded,

    /// <summary>Another person, date or times: <see cref="RotaEvent.Was"/> became <see cref="RotaEvent.Is"/>.</summary>
    ShiftChanged,

    ShiftRemoved,

    /// <summary>Given to someone else to cover for its holder (<see cref="ShiftHandover"/>).</summary>
    ShiftCovered,

    /// <summary>Two people exchanged shifts (an approved swap): <see cref="RotaEvent.Was"/> and <see cref="RotaEvent.Is"/> are the two shifts before.</summary>
    ShiftsSwapped,

    Published,

    /// <summary>A later publication took its place.</summary>
    Superseded,
}

/// <summary>A shift as an audit entry saw it.</summary>
public sealed record ShiftState(Guid StaffId, LocalDate Date, LocalTime Start, LocalTime End);

/// <summary>One line of a rota's history: when, who (the account's user name, or "system"), and what.</summary>
public sealed record RotaEvent(long Id, Instant At, string Actor, RotaEventKind Kind)
{
    public ShiftState? Was { get; init; }

    public ShiftState? Is { get; init; }

    /// <summary>How many shifts a creation or a bulk addition brought.</summary>
    public int Shifts { get; init; }

    /// <summary>Where a created rota came from ("solver", "replan", an import's source).</summary>
    public string? Source { get; init; }

    /// <summary>The override reason of a publication or a cover that broke rules.</summary>
    public string? Reason { get; init; }

    /// <summary>The rules a publication or a cover broke (codes such as <c>contract-hours</c>).</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];
}
