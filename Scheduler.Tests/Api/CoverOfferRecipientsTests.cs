using NodaTime;
using Scheduler.Api.Features.Rotas;

namespace Scheduler.Tests.Api;

/// <summary>An offer is e-mailed to the candidates it would make break no rule, or to all when none is so placed.</summary>
public sealed class CoverOfferRecipientsTests
{
    private static readonly RotaViolation SixthDay = new("days-off-per-week", "Only one day off in the week.", null, new LocalDate(2027, 11, 1), "Un seul jour de repos dans la semaine.");

    private static CoverCandidate Candidate(string name, params RotaViolation[] breaks) =>
        new(Guid.NewGuid(), name, Duration.FromHours(20), breaks, PartTime: true);

    [Fact]
    public void MailedTo_SomeBreakNothing_OnlyThem()
    {
        var (free, busy) = (Candidate("Inès"), Candidate("Jules", SixthDay));

        Assert.Equal([free], CoverOffers.MailedTo([busy, free]));
    }

    [Fact]
    public void MailedTo_EveryoneWouldBreakSomething_AllOfThem()
    {
        var (one, other) = (Candidate("Inès", SixthDay), Candidate("Jules", SixthDay));

        Assert.Equal([one, other], CoverOffers.MailedTo([one, other]));
    }
}
