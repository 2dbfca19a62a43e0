using NodaTime;
using Scheduler.Api.Pages.Quality;

namespace Scheduler.Api.Web;

/// <summary>Where a person's training stands on a day, from the trained flag and the last qualified date, for every page.</summary>
public static class TrainingStates
{
    /// <summary>A qualification ending within this many days is flagged as expiring.</summary>
    public const int ExpiringDays = 30;

    public static TrainingState Of(bool trained, LocalDate? until, LocalDate today) =>
        !trained ? TrainingState.NotTrained
        : until is { } u && u < today ? TrainingState.Expired
        : until is { } v && v <= today.PlusDays(ExpiringDays) ? TrainingState.Expiring
        : TrainingState.UpToDate;
}
