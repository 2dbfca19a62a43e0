using System.Reflection;
using Scheduler.Solver.Domain;
using Scheduler.Solver.Validation;
using static Scheduler.Tests.Validation.TestRotas;

namespace Scheduler.Tests.Validation;

public sealed class RotaValidatorTests
{
    [Fact]
    public void Checks_CoverEveryRuleNameOnce()
    {
        var names = typeof(RuleNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Order();

        Assert.Equal(names, RotaValidator.Checks.Select(c => c.Rule).Order());
    }

    [Fact]
    public void Validate_SeveralBrokenRules_OrderedByDateThenRuleThenPerson()
    {
        var tuesday = Monday.PlusDays(1);
        StaffMember[] staff =
        [
            Listener("b") with { Contract = new Contract(480) },
            Listener("a") with { Contract = new Contract(480), Absences = [new Absence(tuesday, tuesday)] },
        ];
        var problem = Problem(staff) with { Rules = RuleSettings.Default with { MinManagersOnDuty = 0, MinTrainedListenersOnDuty = 0 } };
        Assignment[] rota =
        [
            Shift("b", tuesday, "09:00", "13:00"),
            Shift("b", Monday, "08:00", "12:00"),
            Shift("a", tuesday, "09:00", "13:00"),
            Shift("a", Monday, "08:00", "12:00"),
        ];

        var violations = RotaValidator.Validate(problem, rota);

        Assert.Equal(
            [
                (RuleNames.OpeningHours, "a", Monday),
                (RuleNames.OpeningHours, "b", Monday),
                (RuleNames.Availability, "a", tuesday),
            ],
            violations.Select(v => (v.Rule, v.StaffId, v.Date)));
    }

    [Fact]
    public void Message_French_OrEnglish()
    {
        var violation = new RuleViolation(RuleNames.Break, "a", Monday, null, "bonjour", "hello");

        Assert.Equal("bonjour", violation.Message("fr"));
        Assert.Equal("hello", violation.Message("en"));
    }
}
