using NodaTime;

namespace Scheduler.Solver.Domain;

/// <summary>Why a person cannot work on some dates.</summary>
public enum AbsenceKind
{
    Leave,
    Sickness,
    Training,
    Unavailable,
}

/// <summary>Whole days a person cannot work, both ends inclusive.</summary>
public sealed record Absence(LocalDate From, LocalDate To, AbsenceKind Kind = AbsenceKind.Unavailable)
{
    public bool Covers(LocalDate date) => date >= From && date <= To;
}
