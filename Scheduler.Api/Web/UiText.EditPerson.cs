namespace Scheduler.Api.Web;

/// <summary>The texts of the form that edits a person's name, e-mail and channels (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string EditPersonTitle(string name);
    public abstract string EditPersonLink { get; }

    /// <summary>Shown on the person page where the record has no e-mail address, rather than nothing.</summary>
    public abstract string NoEmail { get; }
    public abstract string EditPersonIntro { get; }
    public abstract string EditPersonSaved { get; }
    public abstract string EditPersonRejected { get; }
    public abstract string EditPersonStale { get; }
    public abstract string EditPersonNoContract { get; }
}
