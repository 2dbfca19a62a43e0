namespace Scheduler.Api.Web;

/// <summary>Shifts offered to volunteers, in French.</summary>
public sealed partial class FrenchText
{
    public override string OffersTitle => "Services à pourvoir";
    public override string OffersIntro => "Des services du planning publié que vous pourriez prendre, pour remplacer une personne absente. Dites si vous pouvez : un responsable choisit parmi les volontaires et vous le confirme par e-mail. Le service n'est à vous qu'une fois confié.";
    public override string NoOffers => "Aucun service à pourvoir que vous pourriez prendre.";
    public override string Volunteer => "Je peux le prendre";
    public override string Unvolunteer => "Finalement, je ne peux pas";
    public override string YouVolunteered => "Vous êtes volontaire : un responsable vous confirmera s'il vous le confie.";
    public override string OfferNoteLine(string note) => $"Message : {note}";
    public override string OfferGone => "Ce service n'est plus à pourvoir, ou vous ne pouvez plus le prendre (absence, autre service ce jour-là).";
    public override string OffersLink(int count) => $"{count} service(s) à pourvoir que vous pourriez prendre";
    public override string OfferTitle => "Proposer aux volontaires";
    public override string OfferIntro => "Plutôt que de choisir vous-même : chaque personne ci-dessous voit le service dans « Services à pourvoir », et reçoit un e-mail (si elle a un compte) quand il ne lui ferait enfreindre aucune règle, ou quand il en ferait enfreindre une à tout le monde ; celles qui peuvent le prendre le disent, et vous le confiez à l'une d'elles ici.";
    public override string OfferNote => "Mot aux personnes sollicitées (facultatif)";
    public override string OfferSend => "Proposer ce service";
    public override string OfferOpen(string offeredAt, int volunteers) => $"Proposé le {offeredAt} : {volunteers} volontaire(s) pour l'instant.";
    public override string OfferWithdraw => "Retirer la proposition";
    public override string VolunteerTag => "volontaire";
    public override string OfferSent(int told) => $"Service proposé aux volontaires : {told} personne(s) prévenue(s) par e-mail.";
    public override string OfferWithdrawn => "Proposition retirée.";
    public override string OfferNoteTooLong(int max) => $"{max} caractères au plus.";
    public override string OpenOfferLine(string day, string span, string holder, int volunteers) => $"{day}, {span}, service de {holder} : {volunteers} volontaire(s)";
    public override string SeekCover => "Chercher un remplaçant";
    public override string OfferedToColleagues => "proposé à vos collègues";
    public override string MyOfferTitle => "Proposer mon service à mes collègues";
    public override string MyOfferHelp => "Celles et ceux qui pourraient le prendre reçoivent un e-mail et le voient ici ; l'encadrement est prévenu et le confie à un·e volontaire. D'ici là, le service reste le vôtre.";
    public override string MyOfferNote => "Un mot pour vos collègues (facultatif)";
    public override string MyOfferSend => "Proposer ce service";
    public override string MyOfferSent => "Votre service est proposé à vos collègues ; l'encadrement est prévenu. Il reste le vôtre tant qu'il n'est pas confié à quelqu'un.";
    public override string MyOfferRefused => "Ce service ne peut pas être proposé : il est déjà proposé, passé, ou n'est plus le vôtre.";
    public override string MyOfferWithdrawn => "Proposition retirée : le service reste le vôtre.";
    public override string MyOffersTitle => "Mes services proposés";
}
