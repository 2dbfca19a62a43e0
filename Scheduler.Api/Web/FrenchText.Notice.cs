namespace Scheduler.Api.Web;

/// <summary>The notice owed to part-timers, in French.</summary>
public sealed partial class FrenchText
{
    public override string ShortNoticeWarning(int count, int days) =>
        $"Délai de prévenance : ce planning change {count} service(s) de personnes à temps partiel dans moins de {days} jours ouvrés (L3123-31). Chacune peut refuser ce changement sans faute (L3123-12) : prévenez-les et demandez leur accord.";
    public override string ShortNoticeLine(string name, string day, string change) => $"{name}, {day} : {change}";
    public override string CoverShortNotice(int days) =>
        $"Ce service a lieu dans moins de {days} jours ouvrés : une personne à temps partiel peut refuser sans faute de le prendre (délai de prévenance, L3123-31 et L3123-12). Demandez-lui son accord avant de le lui confier.";
    public override string PartTimeAskFirst => "temps partiel : son accord d'abord";
    public override string ShortNoticeTag => "préavis court";
    public override string ShortNoticeHint(int days) =>
        $"« préavis court » : un changement pour une personne à temps partiel dans moins de {days} jours ouvrés, qu'elle peut refuser sans faute (L3123-12) ; demandez son accord avant de publier.";
    public override string ChangeLine(string kind, string spans) => $"{kind} : {spans}";
}
