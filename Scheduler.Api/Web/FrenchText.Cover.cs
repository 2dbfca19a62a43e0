namespace Scheduler.Api.Web;

/// <summary>The shift-cover page in French.</summary>
public sealed partial class FrenchText
{
    public override string CoverTitle => "Remplacer un service";
    public override string CoverIntro => "Qui pourrait le prendre : même rôle (formé·e ce jour-là pour un·e écoutant·e), ni absent·e ni déjà en service ce jour. Chacun·e est vérifié·e par le validateur sur le planning publié avec ce service : d'abord celles et ceux qui n'enfreignent aucune règle, puis les moins chargé·es de la semaine.";
    public override string NoCover => "Personne ne peut prendre ce service : re-planifiez la semaine depuis le planning.";
    public override string OpenRota => "Ouvrir le planning";
    public override string CoverCaption(int count) => $"{count} personne(s) possible(s)";
    public override string CoverWeekPaid(string hours) => $"heures prévues cette semaine : {hours}";
    public override string CoverBreaks => "Ce que cela enfreindrait :";
    public override string CoverNoRuleBroken => "aucune règle";
    public override string CoverMoreBroken(int count) => $"et {count} autre(s)";
    public override string GiveShift => "Lui confier ce service";
    public override string CoverRefused => "Cette personne ne peut pas prendre ce service (rôle, formation, absence, ou déjà en service ce jour-là).";
    public override string CoverNeedsReason => "Ce changement enfreint des règles : donnez un motif de dérogation pour le faire quand même.";
    public override string CoverChangedMeanwhile => "Le planning a changé entre-temps (un autre responsable l'a modifié) : voici les possibilités à jour.";
    public override string FindCover => "Trouver un remplaçant";
    public override string CoverShiftOf(string name, string day) => $"Trouver un remplaçant pour le service de {name} du {day}";
    public override string ShiftGiven(string name, string day, string span) => $"Service du {day}, {span}, confié à {name} (un e-mail l'en informe s'il ou elle a un compte).";
    public override string ReplanKeepOthers => "Ne changer que les services des personnes absentes (garder tels quels ceux de toutes les autres)";
}
