namespace Scheduler.Api.Web;

/// <summary>Shifts offered to volunteers, in English.</summary>
public sealed partial class EnglishText
{
    public override string OffersTitle => "Shifts to cover";
    public override string OffersIntro => "Shifts of the published rota you could take, to cover for someone away. Say if you can: a manager chooses among the volunteers and confirms by e-mail. The shift is yours only once given.";
    public override string NoOffers => "No shift to cover that you could take.";
    public override string Volunteer => "I can take it";
    public override string Unvolunteer => "Actually, I can't";
    public override string YouVolunteered => "You volunteered: a manager will confirm if they give it to you.";
    public override string OfferNoteLine(string note) => $"Message: {note}";
    public override string OfferGone => "This shift is no longer offered, or you can no longer take it (away, another shift that day).";
    public override string OffersLink(int count) => $"{count} shift(s) to cover that you could take";
    public override string OfferTitle => "Offer to volunteers";
    public override string OfferIntro => "Rather than choose yourself: each person below sees the shift under “Shifts to cover”, and gets an e-mail (if they have an account) when it would make them break no rule, or when it would make everyone break one; those who can take it say so, and you give it to one of them here.";
    public override string OfferNote => "A word to the people asked (optional)";
    public override string OfferSend => "Offer this shift";
    public override string OfferOpen(string offeredAt, int volunteers) => $"Offered on {offeredAt}: {volunteers} volunteer(s) so far.";
    public override string OfferWithdraw => "Withdraw the offer";
    public override string VolunteerTag => "volunteer";
    public override string OfferSent(int told) => $"Shift offered to volunteers: {told} person(s) told by e-mail.";
    public override string OfferWithdrawn => "Offer withdrawn.";
    public override string OfferNoteTooLong(int max) => $"{max} characters at most.";
    public override string OpenOfferLine(string day, string span, string holder, int volunteers) => $"{day}, {span}, {holder}'s shift: {volunteers} volunteer(s)";
    public override string SeekCover => "Look for cover";
    public override string OfferedToColleagues => "offered to colleagues";
    public override string MyOfferTitle => "Offer my shift to colleagues";
    public override string MyOfferHelp => "Those who could take it get an e-mail and see it here; the managers are told and give it to a volunteer. Until then the shift stays yours.";
    public override string MyOfferNote => "A word for your colleagues (optional)";
    public override string MyOfferSend => "Offer this shift";
    public override string MyOfferSent => "Your shift is offered to colleagues; the managers are told. It stays yours until it is given to someone.";
    public override string MyOfferRefused => "This shift cannot be offered: it is offered already, past, or no longer yours.";
    public override string MyOfferWithdrawn => "Offer withdrawn: the shift stays yours.";
    public override string MyOffersTitle => "My shifts offered";
}
