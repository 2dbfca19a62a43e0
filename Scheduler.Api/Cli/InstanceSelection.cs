using System.Globalization;

namespace Scheduler.Api.Cli;

/// <summary>Instance numbers given as ranges and lists, such as <c>1-5</c> or <c>1,3,7-9</c>.</summary>
internal static class InstanceSelection
{
    /// <summary>The numbers in ascending order without repeats, or null when the text is not a valid selection.</summary>
    public static IReadOnlyList<int>? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || Number(bounds[0]) is not { } from || Number(bounds[^1]) is not { } to || to < from)
            {
                return null;
            }

            for (var n = from; n <= to; n++)
            {
                numbers.Add(n);
            }
        }

        return numbers.Count > 0 ? [.. numbers] : null;
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 9999 ? n : null;
}
