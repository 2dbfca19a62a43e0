using NodaTime;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Rostering;

namespace Scheduler.Tests.Solver;

/// <summary>How a conflict's sentence names its person: as the validator does, a GUID nobody reads is left out.</summary>
public sealed class RuleSentencesTests
{
    private static readonly LocalDate Monday = new(2026, 12, 14);

    [Fact]
    public void Describe_ServicePerson_GivesTheNameAlone()
    {
        var id = Guid.NewGuid().ToString();
        var person = new StaffMember(id, "Antoine Bonnet", StaffRole.Manager, Contract.FullTime(), ["phone"], true, null, [], []);

        var (french, english) = RuleSentences.Describe(new GateKey(RuleNames.Availability, id, Monday, Monday.PlusDays(6)), person);

        Assert.Equal("Antoine Bonnet est absent(e) du 14 décembre au 20 décembre 2026.", french);
        Assert.Equal("Antoine Bonnet is absent from 14 December to 20 December 2026.", english);
    }

    [Fact]
    public void Describe_RotaFilePerson_KeepsTheShortIdItsAuthorKnowsThemBy()
    {
        var person = new StaffMember("M01", "Claire", StaffRole.Manager, Contract.FullTime(), ["phone"], true, null, [], []);

        var (french, _) = RuleSentences.Describe(new GateKey(RuleNames.DaysOffPerWeek, "M01", Monday, Monday.PlusDays(6)), person);

        Assert.StartsWith("Claire (M01) doit avoir au moins deux jours de repos", french, StringComparison.Ordinal);
    }
}
