using Scheduler.Api.Data.Entities;
using Scheduler.Api.Features.Demand;

namespace Scheduler.Api.Web;

/// <summary>Where the demand came from, in English.</summary>
public sealed partial class EnglishText
{
    private const string MondayRefresh = "It is forecast again every Monday at 02:00 from the calls of the last 4 whole weeks.";

    public override string DemandSourceText(DemandSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var when = source.ChangedAt is { } at ? $" on {Web.Show.Moment(at)}" : "";
        var by = source.ChangedBy is { } who ? $" by {who}" : " automatically";
        return source.Origin switch
        {
            DemandOrigin.Forecast when source.WeeksUsed.Count > 0 =>
                $"Demand forecast{when}{by} from {Web.Show.Number(source.Calls, 0)} calls in {source.WeeksUsed.Count} whole week(s), between {Web.Show.Date(source.WeeksUsed[^1])} and {Web.Show.Date(source.WeeksUsed[0].PlusDays(6))}. {MondayRefresh}",
            DemandOrigin.Manual when source.ChangedAt is null =>
                "Demand stored before its origin was recorded: taken as set by hand, it is not forecast again on Mondays. \"Forecast again from the calls\" replaces it and resumes the Monday forecast.",
            DemandOrigin.Manual =>
                $"Demand set by hand{when}{by}: it is not forecast again on Mondays. \"Forecast again from the calls\" replaces it and resumes the Monday forecast.",
            _ => $"The 3133's default demand{when}. On Monday at 02:00 the forecast from the calls replaces it, once a whole week of calls is recorded.",
        };
    }

    public override string DemandSourceLink => "See the demand";
}
