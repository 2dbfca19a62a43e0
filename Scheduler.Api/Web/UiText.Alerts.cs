using NodaTime;
using Scheduler.Api.Data.Entities;

namespace Scheduler.Api.Web;

/// <summary>The texts of quality alerts (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string OpenAlertsTitle(int count);
    public abstract string OpenAlertsLink(int count);
    public abstract string NoOpenAlerts { get; }
    public abstract string OpenAlertsCaption(int shown, int count);
    public abstract string AlertKindLabel { get; }
    public abstract string AlertDetails { get; }
    public abstract string AlertRaised { get; }
    public abstract string AlertAction { get; }
    public abstract string AlertKindName(string kind);
    public abstract string Acknowledge { get; }
    public abstract string AcknowledgeAlertOf(string kind, string day);
    public abstract string AlertAcknowledged { get; }
    public abstract string AcknowledgedAlertsTitle(int count);
    public abstract string AcknowledgedAlertsCaption { get; }
    public abstract string AcknowledgedBy { get; }

    // Quality alerts: the page's table and each kind's sentence. The jobs store both languages' sentences when they
    // raise an alert (AlertText), so a page shows an alert in its reader's language.
    /// <summary>The alert's sentence in this language (French for alerts raised before English was stored).</summary>
    public abstract string DetailsOf(AlertEntity alert);
    public abstract string ServiceLevelAlert(LocalDate day, string channel, double level, double goal);
    public abstract string AbandonmentAlert(LocalDate day, string channel, double rate, double maximum);
    public abstract string UnderstaffedAlert(LocalDate day, LocalTime start, int busy, int planned);
    public abstract string TrainingExpiredAlert(string name, LocalDate until);
    public abstract string TrainingExpiringAlert(string name, LocalDate until);
    public abstract string UntrainedOnRotaAlert(string name, LocalDate day);
    public abstract string CallsSilentAlert(LocalDate day, LocalTime time, int hours);
}
