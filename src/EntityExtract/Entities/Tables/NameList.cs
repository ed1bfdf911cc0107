using System.Globalization;
using System.Text;

namespace EntityExtract.Entities.Tables;

/// <summary>
/// The <c>names</c> cell: the names joined into a row, separated by <c>" | "</c>. In a corpus table
/// each name the row's entity was shown as in some file comes with its mentions and files,
/// <c>United States (146/40)</c>, followed by the other names files joined into it without counts
/// (<c>US</c>, <c>U.S.</c>); that is what <c>merge</c> needs to join the names of several tables as
/// one run would. In a pairs table, the pairs of names it adds up, <c>Carter ~ Sergei Lavrov (1/1)</c>.
/// Inside a name, <c>\</c>, <c>|</c>, <c>~</c> and <c>(</c> are escaped with <c>\</c>.
/// </summary>
public static class NameList
{
    public static void Append(StringBuilder cell, string name, (long Mentions, long Files)? counts = null)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(name);
        if (cell.Length > 0)
        {
            cell.Append(" | ");
        }

        AppendEscaped(cell, name);
        if (counts is { } n)
        {
            cell.Append(CultureInfo.InvariantCulture, $" ({n.Mentions}/{n.Files})");
        }
    }

    /// <summary>Appends a pair of names with its counts: <c>A ~ B (S/F)</c>.</summary>
    public static void AppendPair(StringBuilder cell, string a, string b, (long Sentences, long Files) counts)
    {
        Append(cell, a);
        cell.Append(" ~ ");
        AppendEscaped(cell, b);
        cell.Append(CultureInfo.InvariantCulture, $" ({counts.Sentences}/{counts.Files})");
    }

    private static void AppendEscaped(StringBuilder cell, string name)
    {
        foreach (var c in name)
        {
            if (c is '\\' or '|' or '~' or '(')
            {
                cell.Append('\\');
            }

            cell.Append(c);
        }
    }

    /// <summary>The pairs of a pairs table's names cell; null when the cell is malformed.</summary>
    public static List<(string A, string B, long Sentences, long Files)>? ParsePairs(string cell)
    {
        var entries = Parse(cell, pairs: true);
        if (entries is null || entries.Any(e => e.Counts is null || e.Name.Split('\0').Length != 2))
        {
            return null;
        }

        return entries.Select(e => (e.Name.Split('\0')[0], e.Name.Split('\0')[1], e.Counts!.Value.Mentions, e.Counts!.Value.Files)).ToList();
    }

    public static string Of(IEnumerable<string> names)
    {
        var cell = new StringBuilder();
        foreach (var name in names)
        {
            Append(cell, name);
        }

        return cell.ToString();
    }

    /// <summary>The names of a cell, with counts where given; null when the cell is malformed.</summary>
    public static List<(string Name, (long Mentions, long Files)? Counts)>? Parse(string cell) => Parse(cell, pairs: false);

    /// <param name="pairs">Whether an unescaped <c>" ~ "</c> splits the two names of a pair (returned joined by a NUL).</param>
    private static List<(string Name, (long Mentions, long Files)? Counts)>? Parse(string cell, bool pairs)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var result = new List<(string, (long, long)?)>();
        if (cell.Length == 0)
        {
            return result;
        }

        var name = new StringBuilder();
        string? counts = null;
        for (var i = 0; i <= cell.Length; i++)
        {
            if (i == cell.Length || cell[i] == '|')
            {
                // The space before " | " belongs to the separator.
                if (i < cell.Length && counts is { Length: > 0 } && counts[^1] == ' ')
                {
                    counts = counts[..^1];
                }
                else if (i < cell.Length && counts is null && name.Length > 0 && name[^1] == ' ')
                {
                    name.Length--;
                }

                if (!TryEntry(name.ToString(), counts, out var entry))
                {
                    return null;
                }

                result.Add(entry);
                name.Clear();
                counts = null;
                if (i + 1 < cell.Length && cell[i + 1] == ' ')
                {
                    i++;
                }

                continue;
            }

            var c = cell[i];
            if (counts is not null)
            {
                counts += c;
            }
            else if (c == '\\' && i + 1 < cell.Length)
            {
                name.Append(cell[++i]);
            }
            else if (c == '(')
            {
                counts = "";
            }
            else if (c == '~' && pairs && name.Length > 0 && name[^1] == ' ' && i + 1 < cell.Length && cell[i + 1] == ' ')
            {
                name[^1] = '\0';
                i++;
            }
            else
            {
                name.Append(c);
            }
        }

        return result;
    }

    private static bool TryEntry(string name, string? counts, out (string, (long, long)?) entry)
    {
        entry = (name, null);
        if (counts is null)
        {
            return name.Length > 0;
        }

        // "Name (M/F)": the space before '(' belongs to the format, not the name.
        var slash = counts.IndexOf('/', StringComparison.Ordinal);
        if (!name.EndsWith(' ') || slash < 0 || !counts.EndsWith(')')
            || !long.TryParse(counts.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var mentions)
            || !long.TryParse(counts.AsSpan(slash + 1, counts.Length - slash - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var files))
        {
            return false;
        }

        entry = (name[..^1], (mentions, files));
        return true;
    }
}
