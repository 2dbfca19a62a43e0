using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Demand;

namespace Scheduler.Api.Web;

/// <summary>Where the demand came from, in French.</summary>
public sealed partial class FrenchText
{
    private const string MondayRefresh = "Elle est recalculée chaque lundi à 02:00 depuis les appels des 4 dernières semaines entières.";

    public override string DemandSourceText(DemandSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var when = source.ChangedAt is { } at ? $" le {Web.Show.Moment(at)}" : "";
        var by = source.ChangedBy is { } who ? $" par {who}" : " automatiquement";
        return source.Origin switch
        {
            DemandOrigin.Forecast when source.WeeksUsed.Count > 0 =>
                $"Demande prévue{when}{by} depuis {Web.Show.Number(source.Calls, 0)} appels de {source.WeeksUsed.Count} semaine(s) entière(s), entre le {Web.Show.Date(source.WeeksUsed[^1])} et le {Web.Show.Date(source.WeeksUsed[0].PlusDays(6))}. {MondayRefresh}",
            DemandOrigin.Manual when source.ChangedAt is null =>
                "Demande enregistrée avant le suivi de son origine : traitée comme saisie à la main, elle n'est pas recalculée le lundi. « Recalculer depuis les appels » la remplace et reprend le calcul du lundi.",
            DemandOrigin.Manual =>
                $"Demande saisie à la main{when}{by} : elle n'est pas recalculée le lundi. « Recalculer depuis les appels » la remplace et reprend le calcul du lundi.",
            _ => $"Demande par défaut du 3133{when}. Elle sera remplacée le lundi à 02:00 par la prévision tirée des appels, dès qu'une semaine entière d'appels est enregistrée.",
        };
    }

    public override string DemandSourceLink => "Voir la demande";
}
