namespace Scheduler.Api.Web;

/// <summary>Predicted abandonment, once the calls tell callers' patience: the rota page and the generation page.</summary>
public abstract partial class UiText
{
    public abstract string PredictedAbandonment { get; }
    public abstract string PredictedAbandonmentNote(string patience, int days, string most);
    public abstract string AbandonmentAgainstTarget(string share, string most, string patience);
}
