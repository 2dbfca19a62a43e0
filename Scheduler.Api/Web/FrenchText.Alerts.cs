using NodaTime;
using Scheduler.Api.Data.Entities;
using Scheduler.Api.Jobs;
using Format = Scheduler.Api.Web.Show;

namespace Scheduler.Api.Web;

/// <summary>The texts of quality alerts in French.</summary>
public sealed partial class FrenchText
{
    public override string OpenAlertsTitle(int count) => count == 0 ? "Alertes à traiter" : $"Alertes à traiter ({count})";
    public override string OpenAlertsLink(int count) => count switch { 0 => "Aucune alerte qualité à traiter", 1 => "1 alerte qualité à traiter", _ => $"{count} alertes qualité à traiter" };
    public override string NoOpenAlerts => "Aucune alerte à traiter.";
    public override string OpenAlertsCaption(int shown, int count) => shown == count ? "Alertes non acquittées, la plus récente d'abord" : $"Les {shown} alertes non acquittées les plus récentes, sur {count}";
    public override string AlertKindLabel => "Type";
    public override string AlertDetails => "Détail";
    public override string AlertRaised => "Levée le";
    public override string AlertAction => "Action";
    public override string AlertKindName(string kind) => kind switch
    {
        AlertKinds.ServiceLevel => "Niveau de service sous l'objectif",
        AlertKinds.Abandonment => "Abandons au-dessus du seuil",
        AlertKinds.Understaffed => "Moins d'écoutant·e·s que prévu",
        AlertKinds.TrainingExpired => "Formation expirée",
        AlertKinds.TrainingExpiring => "Formation bientôt expirée",
        AlertKinds.RotaUntrainedListener => "Écoutant·e non formé·e au planning",
        AlertKinds.CallsSilent => "Appels non reçus",
        _ => kind,
    };
    public override string Acknowledge => "Acquitter";
    public override string AcknowledgeAlertOf(string kind, string day) => $"Acquitter l'alerte « {kind} » du {day}";
    public override string AlertAcknowledged => "Alerte acquittée.";
    public override string AcknowledgedAlertsTitle(int count) => $"Dernières alertes acquittées ({count})";
    public override string AcknowledgedAlertsCaption => "Alertes acquittées, la dernière acquittée d'abord";
    public override string AcknowledgedBy => "Acquittée par";

    public override string DetailsOf(AlertEntity alert) => alert.Details;
    public override string ServiceLevelAlert(LocalDate day, string channel, double level, double goal) =>
        $"Niveau de service ({ChannelName(channel)}) du {Format.Date(day)} : {Format.Percent(level)} pour un objectif de {Format.Percent(goal)}.";
    public override string AbandonmentAlert(LocalDate day, string channel, double rate, double maximum) =>
        $"Taux d'abandon ({ChannelName(channel)}) du {Format.Date(day)} : {Format.Percent(rate)} pour un maximum de {Format.Percent(maximum)}.";
    public override string UnderstaffedAlert(LocalDate day, LocalTime start, int busy, int planned) =>
        $"{Format.Date(day)} {Format.Time(start)} : {busy} écoutant·e·s en ligne pour {planned} prévu·e·s au planning.";
    public override string TrainingExpiredAlert(string name, LocalDate until) =>
        $"La qualification de {name} a expiré le {Format.Date(until)} : non formé·e à partir du {Format.Date(until.PlusDays(1))}.";
    public override string TrainingExpiringAlert(string name, LocalDate until) => $"La qualification de {name} expire le {Format.Date(until)}.";
    public override string UntrainedOnRotaAlert(string name, LocalDate day) =>
        $"Le planning publié du {Format.Date(day)} compte sur {name}, qui n'est pas formé·e à cette date.";
    public override string CallsSilentAlert(LocalDate day, LocalTime time, int hours) =>
        $"Aucun appel enregistré depuis le {Format.Date(day)} {Format.Time(time)}, alors que la ligne est ouverte depuis {hours} h au moins : l'export de la téléphonie vers le dossier d'import s'est peut-être arrêté, et les chiffres du jour avec lui.";
}
