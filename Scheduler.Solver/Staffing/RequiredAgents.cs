namespace Scheduler.Solver.Staffing;

/// <summary>The smallest agent count meeting a set of targets, with the Erlang C figures it gives.</summary>
/// <param name="Agents">Agents on the phone; 0 when no call is offered.</param>
/// <param name="Predicted">Erlang C figures at <paramref name="Agents"/>.</param>
public sealed record RequiredAgents(int Agents, ErlangCResult Predicted)
{
    /// <summary>Floating-point slack when comparing a figure with its target (a target met "exactly" stays met).</summary>
    private const double Slack = 1e-12;

    /// <summary>
    /// Smallest N with Erlang C service level ≥ target, ASA ≤ its bound and occupancy ≤ its bound; then, when
    /// <paramref name="meanPatienceSeconds"/> and a maximum abandonment are given, the smallest N ≥ that with Erlang A
    /// abandonment ≤ its bound. Every figure improves as N grows, so the first N meeting all of them is the answer.
    /// The search starts at ⌊A⌋ + 1 and advances the Erlang B recursion one agent at a time: O(N) in all.
    /// </summary>
    public static RequiredAgents Find(CallLoad load, StaffingTargets targets, double? meanPatienceSeconds = null)
    {
        load.Validated();
        targets.Validated();
        var offered = load.OfferedLoad;
        if (offered == 0)
        {
            return new RequiredAgents(0, ErlangC.FromBlocking(0, 0, 1, load.AhtSeconds, targets.AnswerWithinSeconds));
        }

        var agents = (int)Math.Floor(offered) + 1;
        var blocking = ErlangB.Blocking(agents, offered);
        var figures = ErlangC.FromBlocking(agents, offered, blocking, load.AhtSeconds, targets.AnswerWithinSeconds);
        while (!MeetsErlangC(figures, targets))
        {
            agents++;
            blocking = ErlangB.Next(blocking, agents, offered);
            figures = ErlangC.FromBlocking(agents, offered, blocking, load.AhtSeconds, targets.AnswerWithinSeconds);
        }

        if (meanPatienceSeconds is { } patience && targets.MaxAbandonment is { } maxAbandonment)
        {
            while (ErlangA.Evaluate(load, agents, patience, targets.AnswerWithinSeconds).AbandonmentProbability > maxAbandonment + Slack)
            {
                agents++;
            }

            figures = ErlangC.Evaluate(load, agents, targets.AnswerWithinSeconds);
        }

        return new RequiredAgents(agents, figures);
    }

    private static bool MeetsErlangC(ErlangCResult figures, StaffingTargets targets) =>
        figures.ServiceLevel >= targets.ServiceLevel - Slack
        && (targets.MaxAverageSpeedOfAnswerSeconds is not { } maxAsa || figures.AverageSpeedOfAnswerSeconds <= maxAsa + Slack)
        && (targets.MaxOccupancy is not { } maxOccupancy || figures.Occupancy <= maxOccupancy + Slack);
}
