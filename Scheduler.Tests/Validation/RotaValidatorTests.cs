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
        StaffMember[] staff = [Listener("b") with { Contract = new Contract(240) }, Listener("a") with { Contract = new Contract(240) }];
        var problem = Problem(staff) with { Rules = RuleSettings.Default with { MinManagersOnDuty = 0, MinTrainedListenersOnDuty = 0 } };
        Assignment[] rota =
        [
            Shift("b", Monday.PlusDays(1), "09:00", "13:00"),
            Shift("b", Monday, "08:00", "12:00"),
            Shift("a", Monday, "08:00", "12:00"),
            Shift("a", Monday.PlusDays(1), "09:00", "13:00"),
        ];

        var violations = RotaValidator.Validate(problem, rota);

        Assert.Equal(
            [
                (RuleNames.ContractHours, "a", Monday),
                (RuleNames.ContractHours, "b", Monday),
                (RuleNames.OpeningHours, "a", Monday),
                (RuleNames.OpeningHours, "b", Monday),
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
