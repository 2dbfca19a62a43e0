namespace Scheduler.Api.Web;

/// <summary>The texts of the notice owed to part-timers before their hours change (see <see cref="Features.Rotas.NoticePeriod"/>).</summary>
public abstract partial class UiText
{
    public abstract string ShortNoticeWarning(int count, int days);
    public abstract string ShortNoticeLine(string name, string day, string change);
    public abstract string CoverShortNotice(int days);
    public abstract string PartTimeAskFirst { get; }
    public abstract string ShortNoticeTag { get; }
    public abstract string ShortNoticeHint(int days);
    public abstract string ChangeLine(string kind, string spans);
}
