namespace Scheduler.Api.Web;

/// <summary>A generation no rota can answer, in French.</summary>
public sealed partial class FrenchText
{
    public override string NoRotaKeepsEveryRule => "Aucun planning ne peut respecter toutes les règles sur cette période. Le solveur a isolé ce qui les met en conflit : changez l'une de ces données (une absence, un contrat, le minimum de présence) puis générez à nouveau.";
    public override string RulesInConflict => "Règles en conflit";
    public override string HoursShortTitle => "Heures impossibles à couvrir";
    public override string HoursShort(string day, string hours, bool managers) =>
        managers ? $"{day} : {hours} sans cadre de permanence" : $"{day} : {hours} d'écoute manquantes pour garder le minimum d'écoutant·e·s formé·e·s";
    public override string HoursShortNote => "Le meilleur planning trouvé sans le minimum de présence ; il peut exister une répartition un peu différente entre les jours.";
}
