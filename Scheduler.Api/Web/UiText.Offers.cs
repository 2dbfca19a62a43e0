namespace Scheduler.Api.Web;

/// <summary>The texts of shifts offered to volunteers: the cover page's offer, the people's page, the managers' home (see <see cref="UiText"/>).</summary>
public abstract partial class UiText
{
    public abstract string OffersTitle { get; }
    public abstract string OffersIntro { get; }
    public abstract string NoOffers { get; }
    public abstract string Volunteer { get; }
    public abstract string Unvolunteer { get; }
    public abstract string YouVolunteered { get; }
    public abstract string OfferNoteLine(string note);
    public abstract string OfferGone { get; }
    public abstract string OffersLink(int count);
    public abstract string OfferTitle { get; }
    public abstract string OfferIntro { get; }
    public abstract string OfferNote { get; }
    public abstract string OfferSend { get; }
    public abstract string OfferOpen(string offeredAt, int volunteers);
    public abstract string OfferWithdraw { get; }
    public abstract string VolunteerTag { get; }
    public abstract string OfferSent(int told);
    public abstract string OfferWithdrawn { get; }
    public abstract string OfferNoteTooLong(int max);
    public abstract string OpenOfferLine(string day, string span, string holder, int volunteers);
    public abstract string SeekCover { get; }
    public abstract string OfferedToColleagues { get; }
    public abstract string MyOfferTitle { get; }
    public abstract string MyOfferHelp { get; }
    public abstract string MyOfferNote { get; }
    public abstract string MyOfferSend { get; }
    public abstract string MyOfferSent { get; }
    public abstract string MyOfferRefused { get; }
    public abstract string MyOfferWithdrawn { get; }
    public abstract string MyOffersTitle { get; }
}
