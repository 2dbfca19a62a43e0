using NodaTime;
using Scheduler.Api.Web;
using Scheduler.Solver.Quality;

namespace Scheduler.Api.Jobs;

/// <summary>Kinds of quality alert (stable codes).</summary>
public static class AlertKinds
{
    public const string ServiceLevel = "service-level";
    public const string Abandonment = "abandonment";
    public const string Understaffed = "understaffed";
    public const string TrainingExpired = "training-expired";
    public const string TrainingExpiring = "training-expiring";
    public const string RotaUntrainedListener = "rota-untrained-listener";
    public const string CallsSilent = "calls-silent";
}

/// <summary>
/// A breach or warning for managers and quality leads. <see cref="Key"/> names the fact (kind, date, channel or person),
/// so raising the same fact again, from a catch-up run or another node, is recognised as the same alert.
/// </summary>
/// <param name="Text">The sentence shown to people, in both languages.</param>
public sealed record QualityAlert(
    string Key,
    string Kind,
    Instant RaisedAt,
    LocalDate Date,
    AlertText Text,
    CallChannel? Channel = null,
    string? StaffId = null);

/// <summary>An alert's sentence for people: French (stored as <c>Details</c>, the default) and English.</summary>
public sealed record AlertText(string French, string English)
{
    /// <summary>The same sentence from each language's text table.</summary>
    public static AlertText Of(Func<UiText, string> sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return new AlertText(sentence(UiText.French), sentence(UiText.English));
    }
}

/// <summary>Where alerts go (the database, then the optional webhook).</summary>
public interface IAlertSink
{
    /// <summary>Stores the alert unless one with the same <see cref="QualityAlert.Key"/> exists; true when it was new.</summary>
    Task<bool> RaiseAsync(QualityAlert alert, CancellationToken cancellationToken);
}
