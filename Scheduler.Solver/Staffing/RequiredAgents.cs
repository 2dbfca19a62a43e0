namespace Scheduler.Solver.Staffing;

/// <summary>The smallest agent count meeting a set of targets, with the figures predicted at that count.</summary>
/// <param name="Agents">Agents on the phone; 0 when no call is offered.</param>
/// <param name="Predicted">Figures at <paramref name="Agents"/> from the model that decided it.</param>
public readonly record struct RequiredAgents(int Agents, PredictedService Predicted)
{
    /// <summary>Floating-point slack when comparing a figure with its target (a target met "exactly" stays met).</summary>
    private const double Slack = 1e-12;

    /// <summary>Largest count a search may reach; only an absurd occupancy bound (say 1e-9) could ask for more.</summary>
    private const int MaxAgents = 100_000_000;

    /// <summary>
    /// Without a patience: Erlang C, the smallest N with service level ≥ target, ASA ≤ its bound and occupancy ≤ its
    /// bound (abandonment is not modelled). The search starts at ⌊A⌋ + 1 and advances the Erlang B recursion one agent at
    /// a time: O(N) in all. With a mean patience: Erlang A for every target, abandonment included; every figure improves
    /// as N grows, so the first N found by doubling then bisection is the answer (O(log N) evaluations).
    /// </summary>
    public static RequiredAgents Find(CallLoad load, StaffingTargets targets, double? meanPatienceSeconds = null)
    {
        load.Validated();
        targets.Validated();
        if (load.OfferedLoad == 0)
        {
            return new RequiredAgents(0, new PredictedService(0, 1, 0, 0, meanPatienceSeconds is null ? null : 0, 0));
        }

        if (targets.MaxOccupancy is { } maxOccupancy && load.OfferedLoad / maxOccupancy > MaxAgents)
        {
            throw new ArgumentOutOfRangeException(nameof(targets), $"A maximum occupancy of {maxOccupancy} would need more than {MaxAgents} agents for this load.");
        }

        return meanPatienceSeconds is { } patience ? WithErlangA(load, targets, patience) : WithErlangC(load, targets);
    }

    private static RequiredAgents WithErlangC(CallLoad load, StaffingTargets targets)
    {
        var offered = load.OfferedLoad;
        var agents = (int)Math.Floor(offered) + 1;
        var blocking = ErlangB.Blocking(agents, offered);
        var figures = ErlangC.FromBlocking(agents, offered, blocking, load.AhtSeconds, targets.AnswerWithinSeconds);
        while (!MeetsErlangC(figures, targets))
        {
            agents++;
            blocking = ErlangB.Next(blocking, agents, offered);
            figures = ErlangC.FromBlocking(agents, offered, blocking, load.AhtSeconds, targets.AnswerWithinSeconds);
        }

        return new RequiredAgents(agents, PredictedService.From(figures));
    }

    private static RequiredAgents WithErlangA(CallLoad load, StaffingTargets targets, double patience)
    {
        PredictedService At(int agents) => PredictedService.From(ErlangA.Evaluate(load, agents, patience, targets.AnswerWithinSeconds));

        var high = 1;
        while (!Meets(At(high), targets))
        {
            high *= 2;
        }

        // Invariant: `high` meets the targets and every count up to `low` does not.
        var low = high / 2;
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (Meets(At(middle), targets))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return new RequiredAgents(high, At(high));
    }

    /// <summary>The Erlang C targets, checked on the value-type result so that the search allocates nothing.</summary>
    private static bool MeetsErlangC(ErlangCResult figures, StaffingTargets targets) =>
        figures.ServiceLevel >= targets.ServiceLevel - Slack
        && (targets.MaxAverageSpeedOfAnswerSeconds is not { } maxAsa || figures.AverageSpeedOfAnswerSeconds <= maxAsa + Slack)
        && (targets.MaxOccupancy is not { } maxOccupancy || figures.Occupancy <= maxOccupancy + Slack);

    private static bool Meets(PredictedService figures, StaffingTargets targets) =>
        figures.ServiceLevel >= targets.ServiceLevel - Slack
        && (targets.MaxAverageSpeedOfAnswerSeconds is not { } maxAsa || figures.AverageSpeedOfAnswerSeconds <= maxAsa + Slack)
        && (targets.MaxOccupancy is not { } maxOccupancy || figures.Occupancy <= maxOccupancy + Slack)
        && (targets.MaxAbandonment is not { } maxAbandonment || figures.AbandonmentProbability is not { } abandonment || abandonment <= maxAbandonment + Slack);
}
