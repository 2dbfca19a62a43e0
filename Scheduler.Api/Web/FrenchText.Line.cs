namespace Scheduler.Api.Web;

/// <summary>The line's yesterday and today, in French.</summary>
public sealed partial class FrenchText
{
    public override string LineTitle => "La ligne";
    public override string LineYesterday(string day) => $"Hier ({day})";
    public override string LineTodaySoFar => "Aujourd'hui jusqu'ici";
    public override string LineCalls(int offered, string serviceLevel, string abandonment) => $"{offered} appel(s), {serviceLevel} répondus dans le délai, {abandonment} abandonnés";
    public override string LineNoCalls => "aucun appel enregistré";
    public override string LineBelowTarget(string goal) => $"sous l'objectif de {goal}";
    public override string LineAbandonmentAbove(string most) => $"abandons au-dessus de {most}";
    public override string LineDashboard => "Tableau de bord qualité";
    public override string LatestCall(string moment) => $"Dernier appel enregistré : {moment}. Les chiffres ne comptent que les appels importés jusque-là.";
    public override string NoCallRecorded => "Aucun appel enregistré pour l'instant : les chiffres viendront avec le premier import.";
    public override string Patience(string mean, int abandoned, int calls, int days) =>
        $"Patience des appelants, estimée sur les {days} derniers jours : {mean} d'attente en moyenne avant de raccrocher ({abandoned} abandon(s) sur {calls} appel(s) téléphoniques, abandons de moins de 5 s exclus).";
    public override string PatienceTooFewAbandons(int abandoned, int least, int days) =>
        $"Patience des appelants : trop peu d'abandons sur les {days} derniers jours pour l'estimer ({abandoned} ; il en faut {least}).";
}
