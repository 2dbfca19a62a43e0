using System.Globalization;

namespace Scheduler.Api.Cli;

/// <summary>
/// One of the solver's speed targets, run by <c>bench rota --targets</c>: a platform, a wall-clock budget on 2 cores, and
/// what must hold at its end.
/// </summary>
/// <param name="FirstRotaSeconds">The first legal rota must come within this many seconds, or null when not asked.</param>
/// <param name="Gap">The relative gap to the bound at the end must be under this (0.01 = 1 %).</param>
public sealed record SpeedTarget(string Name, int Staff, int Weeks, double TimeLimit, double? FirstRotaSeconds, double Gap)
{
    /// <summary>The 3133 over 4 weeks (first rota under 2 s, gap under 1 % in 30 s) and 200 people over 4 weeks (under 5 % in 60 s).</summary>
    public static IReadOnlyList<SpeedTarget> All { get; } =
    [
        new("3133, 4 weeks", 24, 4, 30, 2, 0.01),
        new("200 people, 4 weeks", 200, 4, 60, null, 0.05),
    ];

    /// <summary>"met" or "missed" for each part of the target, e.g. "first rota met, gap missed".</summary>
    public string Verdict(double? firstRotaSeconds, double? gap)
    {
        var parts = new List<string>();
        if (FirstRotaSeconds is { } first)
        {
            parts.Add($"first rota {(firstRotaSeconds is { } s && s < first ? "met" : "missed")}");
        }

        parts.Add($"gap {(gap is { } g && g < Gap ? "met" : "missed")}");
        return string.Join(", ", parts);
    }

    /// <summary>The target as the table prints it: "first rota &lt; 2 s, gap &lt; 1 %".</summary>
    public string Needed()
    {
        var inv = CultureInfo.InvariantCulture;
        var gap = string.Create(inv, $"gap < {Gap * 100:0.#} %");
        return FirstRotaSeconds is { } first ? string.Create(inv, $"first rota < {first:0.#} s, {gap}") : gap;
    }
}
