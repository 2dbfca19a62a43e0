using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Format = Scheduler.Api.Web.Show;

namespace Scheduler.Api.Web;

/// <summary>The texts of quality alerts in English.</summary>
public sealed partial class EnglishText
{
    public override string OpenAlertsTitle(int count) => count == 0 ? "Alerts to handle" : $"Alerts to handle ({count})";
    public override string OpenAlertsLink(int count) => count switch { 0 => "No quality alert to handle", 1 => "1 quality alert to handle", _ => $"{count} quality alerts to handle" };
    public override string NoOpenAlerts => "No alert to handle.";
    public override string OpenAlertsCaption(int shown, int count) => shown == count ? "Alerts not acknowledged, newest first" : $"The {shown} newest alerts not acknowledged, of {count}";
    public override string AlertKindLabel => "Kind";
    public override string AlertDetails => "Details";
    public override string AlertRaised => "Raised";
    public override string AlertAction => "Action";
    public override string AlertKindName(string kind) => kind switch
    {
        AlertKinds.ServiceLevel => "Service level below target",
        AlertKinds.Abandonment => "Abandonment above threshold",
        AlertKinds.Understaffed => "Fewer listeners than planned",
        AlertKinds.TrainingExpired => "Training expired",
        AlertKinds.TrainingExpiring => "Training expiring soon",
        AlertKinds.RotaUntrainedListener => "Untrained listener on the rota",
        AlertKinds.CallsSilent => "Calls not arriving",
        _ => kind,
    };
    public override string Acknowledge => "Acknowledge";
    public override string AcknowledgeAlertOf(string kind, string day) => $"Acknowledge the alert \u201c{kind}\u201d of {day}";
    public override string AlertAcknowledged => "Alert acknowledged.";
    public override string AcknowledgedAlertsTitle(int count) => $"Last acknowledged alerts ({count})";
    public override string AcknowledgedAlertsCaption => "Acknowledged alerts, the last acknowledged first";
    public override string AcknowledgedBy => "Acknowledged by";

    public override string DetailsOf(AlertEntity alert) => alert.DetailsEnglish ?? alert.Details;
    public override string ServiceLevelAlert(LocalDate day, string channel, double level, double goal) =>
        $"Service level ({ChannelName(channel)}) on {Format.Date(day)}: {Format.Percent(level)} against a target of {Format.Percent(goal)}.";
    public override string AbandonmentAlert(LocalDate day, string channel, double rate, double maximum) =>
        $"Abandonment rate ({ChannelName(channel)}) on {Format.Date(day)}: {Format.Percent(rate)} against a maximum of {Format.Percent(maximum)}.";
    public override string UnderstaffedAlert(LocalDate day, LocalTime start, int busy, int planned) =>
        $"{Format.Date(day)} {Format.Time(start)}: {busy} listener(s) on calls for {planned} on the rota.";
    public override string TrainingExpiredAlert(string name, LocalDate until) =>
        $"{name}'s qualification expired on {Format.Date(until)}: untrained from {Format.Date(until.PlusDays(1))}.";
    public override string TrainingExpiringAlert(string name, LocalDate until) => $"{name}'s qualification expires on {Format.Date(until)}.";
    public override string UntrainedOnRotaAlert(string name, LocalDate day) =>
        $"The published rota of {Format.Date(day)} counts on {name}, who is not trained on that date.";
    public override string CallsSilentAlert(LocalDate day, LocalTime time, int hours) =>
        $"No call stored since {Format.Date(day)} {Format.Time(time)}, with the line open for {hours} h or more: the telephony's export to the import folder may have stopped, and today's figures with it.";
}
