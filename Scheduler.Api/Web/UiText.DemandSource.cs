using Scheduler.Api.Features.Demand;

namespace Scheduler.Api.Web;

/// <summary>The texts saying where the weekly demand came from (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    /// <summary>One sentence: the origin, when and by whom, for a forecast its calls and weeks, and whether Monday's forecast replaces it.</summary>
    public abstract string DemandSourceText(DemandSource source);

    public abstract string DemandSourceLink { get; }
}
