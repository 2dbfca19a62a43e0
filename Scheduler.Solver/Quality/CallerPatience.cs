using NodaTime;

namespace Scheduler.Solver.Quality;

/// <summary>Callers' mean patience as the call records show it.</summary>
/// <param name="Calls">Calls counted: offered on the channel, short abandons left out.</param>
/// <param name="Abandoned">Those that hung up before an answer.</param>
/// <param name="MeanPatienceSeconds">The estimate: the time callers spent waiting beyond the short-abandon threshold, all of them, per abandon.</param>
public sealed record PatienceEstimate(int Calls, int Abandoned, double MeanPatienceSeconds);

/// <summary>
/// Estimates how long callers wait before hanging up, taking patience as exponential (Erlang A's assumption): every
/// caller was at risk of hanging up for as long as they waited, so the rate is abandons per second waited (the maximum
/// likelihood estimate with the answered calls' patience censored at their wait) and the mean patience its inverse.
/// Short abandons (under the channel's threshold: a misdial, a wrong number) say nothing of patience and are left out,
/// and so is every caller's first <c>shortAbandon</c> of waiting: an exponential patience that has lasted that long is
/// exponential again with the same mean, so the estimate stays unbiased where dropping those abandons alone would not.
/// </summary>
public static class CallerPatience
{
    /// <summary>Fewer abandons give an estimate too loose to use (its relative error is about 1/√abandons).</summary>
    public const int LeastAbandons = 20;

    /// <summary>The estimate, or null with fewer than <see cref="LeastAbandons"/> abandons (the counts are in <paramref name="counted"/>).</summary>
    public static PatienceEstimate? Estimate(IEnumerable<CallRecord> calls, Duration shortAbandon, out (int Calls, int Abandoned) counted)
    {
        ArgumentNullException.ThrowIfNull(calls);
        int offered = 0, abandoned = 0;
        var waited = 0.0;
        foreach (var call in calls)
        {
            var wait = (call.AnsweredAt ?? call.EndedAt) - call.OfferedAt;
            if (!call.IsAnswered && wait < shortAbandon)
            {
                continue;
            }

            offered++;
            abandoned += call.IsAnswered ? 0 : 1;
            waited += Math.Max(0, (wait - shortAbandon).TotalSeconds);
        }

        counted = (offered, abandoned);
        return abandoned >= LeastAbandons ? new PatienceEstimate(offered, abandoned, waited / abandoned) : null;
    }
}
