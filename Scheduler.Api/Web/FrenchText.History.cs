namespace Scheduler.Api.Web;

/// <summary>A rota's history in French.</summary>
public sealed partial class FrenchText
{
    public override string HistoryTitle => "Historique des modifications";
    public override string HistoryIntro => "Chaque changement de ce planning, le plus récent d'abord, tel que le journal d'audit le garde : qui, quand, et le motif donné pour passer outre une règle.";
    public override string HistoryCaption(int count) => $"Historique du planning ({count} événement(s))";
    public override string HistoryEarlier(int count) => $"et {count} événement(s) plus ancien(s), dans le journal d'audit (GET /api/rotas/…/history).";
    public override string HistoryWhen => "Quand";
    public override string HistoryWho => "Qui";
    public override string HistoryWhat => "Quoi";
    public override string HistoryWhy => "Motif";
    public override string HistoryByService => "le service (démarrage, tâche planifiée)";
    public override string HistoryCreated(string source, int shifts) => $"Planning créé ({source}), {shifts} service(s)";
    public override string HistoryShiftsAdded(int count) => $"{count} services ajoutés";
    public override string HistoryShiftAdded(string shift) => $"Service ajouté : {shift}";
    public override string HistoryShiftRemoved(string shift) => $"Service supprimé : {shift}";
    public override string HistoryShiftChanged(string was, string becomes) => $"Service modifié : {was} → {becomes}";
    public override string HistoryShiftCovered(string shift, string name) => $"Remplacement : le service de {shift} confié à {name}";
    public override string HistoryShiftsSwapped(string first, string second) => $"Échange de services : {first} et {second}";
    public override string HistoryPublished => "Publié";
    public override string HistoryPublishedBreaking(string rules) => $"Publié malgré des règles enfreintes ({rules})";
    public override string HistorySuperseded => "Remplacé par un planning publié plus récent";
    public override string HistoryUnknownShift => "un service";
}
