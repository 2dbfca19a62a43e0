using Scheduler.Api.Pages.Manager;
using Scheduler.Solver.Domain;

namespace Scheduler.Api.Web;

/// <summary>The "today on the floor" card in French.</summary>
public sealed partial class FrenchText
{
    public override string TodayOnDutyTitle(string day, string time) => $"Aujourd'hui, {day} à {time}";
    public override string NoShiftToday => "Aucun service publié aujourd'hui.";
    public override string SickToday => "Absent·e aujourd'hui";
    public override string SickTodayOf(string name) => $"Déclarer {name} absent·e aujourd'hui (maladie)";
    public override string OlderRotas(int count, int days) => $"Afficher aussi les {count} planning(s) terminé(s) depuis plus de {days} jours";
    public override string OnDutyNow(int listeners, int managers) => $"En service maintenant : {listeners} écoutant·e(s), {managers} responsable(s).";
    public override string TodayCaption(int shifts) => $"{shifts} service(s) du planning publié aujourd'hui";
    public override string ShiftColumn => "Service";
    public override string BreakColumn => "Pause";
    public override string NowColumn => "Maintenant";
    public override string DutyStateName(DutyState state, AbsenceKind? awayAs) => state switch
    {
        DutyState.Later => "à venir",
        DutyState.OnDuty => "en service",
        DutyState.OnBreak => "en pause",
        DutyState.Done => "terminé",
        _ => $"absent·e ({AbsenceKindName(awayAs ?? AbsenceKind.Unavailable)}) : à remplacer",
    };
}
