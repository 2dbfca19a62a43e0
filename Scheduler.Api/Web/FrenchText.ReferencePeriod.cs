namespace Scheduler.Api.Web;

/// <summary>The reference period, in French.</summary>
public sealed partial class FrenchText
{
    public override string ReferencePeriodHint(string lastDay) =>
        $"Période de référence jusqu'au {lastDay} (L3121-44) : les semaines d'une personne à temps plein s'y compensent. « Solde reporté » : ce que les semaines publiées de la période lui ont donné en plus ou en moins ; « Attendu » : ce qui solderait la période cette semaine, puis entre parenthèses ce qu'elle doit lui donner pour que le solde puisse être rattrapé à la fin de la période ; « Solde après » : le solde reporté plus l'écart de cette semaine, que les semaines suivantes de la période rattraperont.";
    public override string CarriedBalance => "Solde reporté";
    public override string WeekMustGive => "Attendu";
    public override string BalanceAfter => "Solde après";
    public override string PeriodTotalsTitle => "Heures des temps pleins par période de référence";
    public override string PeriodTotalsHint =>
        "Les semaines d'une période que ce planning mène à son terme doivent donner les heures du contrat, moins le solde reporté des semaines déjà publiées ; celles d'une période qui continue après lui laissent un solde que ses semaines suivantes peuvent encore compenser (3 h 30 par semaine au plus).";
    public override string DraftAlreadyThere(string monday) => $"Un brouillon couvre déjà la semaine du {monday} :";
    public override string GenerateMakesAnother => "Générer en crée un autre.";
    public override string GenerateInPeriod(int weeks, string first, string last) =>
        $"Les heures des temps pleins s'équilibrent sur des périodes de référence de {weeks} semaines (celle du lundi proposé : du {first} au {last}). Un planning rattrape le solde des semaines déjà publiées de sa période d'ici la fin de celle-ci, et chaque période suivante qu'il couvre s'équilibre sur ses propres semaines.";
    public override string MyPeriodBalance(string first, string last, string balance) =>
        $"Période de référence du {first} au {last} : sur vos semaines publiées jusqu'à celle-ci, vous êtes à {balance} par rapport à votre contrat ; les semaines suivantes de la période compensent (3 h 30 par semaine au plus).";
    public override string PersonPeriodBalance(string first, string last, string balance) =>
        $"Période de référence du {first} au {last} : {balance} par rapport au contrat sur ses semaines publiées jusqu'à celle-ci (les suivantes compensent, 3 h 30 par semaine au plus).";
}
