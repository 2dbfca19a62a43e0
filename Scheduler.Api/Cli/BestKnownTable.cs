using System.Globalization;

namespace Scheduler.Api.Cli;

/// <summary>Best-known objective and lower bound per instance name, read from the benchmark's <c>best-known.csv</c>.</summary>
internal static class BestKnownTable
{
    public sealed record Entry(long BestKnown, long LowerBound);

    /// <summary>
    /// Reads the columns <c>instance</c>, <c>best_known_upper_bound</c> and <c>lower_bound</c> by header name; a missing file
    /// gives an empty table (the bench then prints no gap).
    /// </summary>
    public static IReadOnlyDictionary<string, Entry> Read(string path)
    {
        var table = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return table;
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            return table;
        }

        var header = lines[0].Split(',', StringSplitOptions.TrimEntries).ToList();
        var (name, best, bound) = (header.IndexOf("instance"), header.IndexOf("best_known_upper_bound"), header.IndexOf("lower_bound"));
        if (name < 0 || best < 0 || bound < 0)
        {
            throw new CommandLineException($"bench shift-scheduling: {path} lacks the columns instance, best_known_upper_bound, lower_bound.");
        }

        foreach (var fields in lines.Skip(1).Select(l => l.Split(',', StringSplitOptions.TrimEntries)).Where(f => f.Length > Math.Max(name, Math.Max(best, bound))))
        {
            if (long.TryParse(fields[best], NumberStyles.Integer, CultureInfo.InvariantCulture, out var b)
                && long.TryParse(fields[bound], NumberStyles.Integer, CultureInfo.InvariantCulture, out var lb))
            {
                table[fields[name]] = new Entry(b, lb);
            }
        }

        return table;
    }
}
