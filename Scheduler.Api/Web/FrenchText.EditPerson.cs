namespace Scheduler.Api.Web;

/// <summary>The person form's texts in French.</summary>
public sealed partial class FrenchText
{
    public override string EditPersonTitle(string name) => $"Modifier la fiche de {name}";
    public override string EditPersonLink => "Modifier la fiche";
    public override string NoEmail => "non renseignée";
    public override string EditPersonIntro => "Nom, e-mail et canaux. Le contrat, la formation et le compte de connexion se changent sur la fiche.";
    public override string EditPersonSaved => "Fiche enregistrée.";
    public override string EditPersonRejected => "La fiche n'a pas été enregistrée : vérifiez le formulaire.";
    public override string EditPersonStale => "Un·e autre responsable a modifié cette fiche entre-temps : voici ce qui est enregistré maintenant. Refaites votre modification.";
    public override string EditPersonNoContract => "Aucun contrat n'est en vigueur aujourd'hui : ajoutez-en un sur la fiche avant de la modifier.";
}
