using NodaTime;
using Scheduler.Solver.Validation;

namespace Scheduler.Tests.Validation;

internal static class ValidatorAssert
{
    /// <summary>Every violation is of <paramref name="rule"/>, and one names the person and date.</summary>
    public static void OnlyRule(IReadOnlyList<RuleViolation> violations, string rule, string? staffId, LocalDate date)
    {
        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Equal(rule, v.Rule));
        Assert.Contains(violations, v => v.StaffId == staffId && v.Date == date);
        Assert.All(violations, v => Assert.False(string.IsNullOrWhiteSpace(v.MessageFr) || string.IsNullOrWhiteSpace(v.MessageEn)));
    }

    public static void Legal(IReadOnlyList<RuleViolation> violations) =>
        Assert.True(violations.Count == 0, "expected no violation, got: " + string.Join(" | ", violations.Select(v => $"{v.Rule}: {v.MessageEn}")));
}
