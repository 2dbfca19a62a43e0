using NodaTime;

namespace Scheduler.Solver.Simulation;

/// <summary>When each listener is on duty: merged, sorted spans per listener, searched by binary search.</summary>
internal sealed class DutySchedule
{
    private readonly Dictionary<string, List<(Instant Start, Instant End)>> spans = new(StringComparer.Ordinal);

    public DutySchedule(IEnumerable<DutyInterval> duty)
    {
        foreach (var interval in duty.OrderBy(d => d.Start))
        {
            var end = interval.Start + interval.Length;
            foreach (var id in interval.ListenerIds.Distinct(StringComparer.Ordinal))
            {
                if (!spans.TryGetValue(id, out var list))
                {
                    spans[id] = list = [];
                }

                if (list.Count > 0 && list[^1].End >= interval.Start)
                {
                    var last = list[^1];
                    list[^1] = (last.Start, end > last.End ? end : last.End);
                }
                else
                {
                    list.Add((interval.Start, end));
                }
            }
        }

        ListenerIds = [.. spans.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every listener on duty at some time, in a fixed order (ties go to the first).</summary>
    public IReadOnlyList<string> ListenerIds { get; }

    /// <summary>The first instant at or after <paramref name="from"/> when the listener is on duty; null when never again.</summary>
    public Instant? EarliestOnDuty(string id, Instant from)
    {
        var list = spans[id];
        int lo = 0, hi = list.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].End > from)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found < 0 ? null : list[found].Start > from ? list[found].Start : from;
    }
}
