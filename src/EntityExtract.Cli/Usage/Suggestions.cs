namespace EntityExtract.Cli.Usage;

/// <summary>
/// "Did you mean": the known name nearest to what was typed, compared without case and without
/// leading dashes, so <c>--gruop</c>, <c>-group</c> and <c>--Group</c> all find <c>--group</c>.
/// </summary>
internal static class Suggestions
{
    /// <summary>The nearest of <paramref name="known"/>, or null when none is close enough to be a typo.</summary>
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        var bare = Bare(typed);
        if (bare.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var candidate = Bare(name);
            var distance = string.Equals(candidate, bare, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(bare.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        // Two edits in a long name, one in a short one; more is a different word, not a typo.
        var allowed = bare.Length <= 4 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>" (did you mean 'X'?)", or nothing.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> known) =>
        Nearest(typed, known) is { } name ? $" (did you mean '{name}'?)" : string.Empty;

    private static string Bare(string name)
    {
        var end = name.IndexOfAny(['=', ':']);
        return (end > 0 ? name[..end] : name).TrimStart('-', '/');
    }

    /// <summary>Edits between two words, a swap of neighbours counting as one (optimal string alignment).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
