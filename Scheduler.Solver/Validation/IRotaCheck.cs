namespace Scheduler.Solver.Validation;

/// <summary>One hard rule checked on a finished rota, with no reference to the solver that made it.</summary>
public interface IRotaCheck
{
    /// <summary>The rule's name, a <see cref="Domain.RuleNames"/> constant.</summary>
    string Rule { get; }

    IEnumerable<RuleViolation> Check(ValidationContext context);
}
