namespace EntityExtract.Text.Lexicon;

/// <summary>
/// A long embedded list of names, looked up ignoring case by binary search in the resource's text
/// itself: loading it makes one string and the bounds of its lines, not a string and a hash per
/// name, so a run that looks up a few names pays little for a list of thousands. The script that
/// builds the resource sorts it in that order (upper-cased ordinal, as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares). It may hold several parts, a line
/// <c>-</c> between them; lines starting with <c>#</c> are comments.
/// </summary>
internal sealed class SortedLines
{
    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[] _ends;

    private SortedLines(string text, int[] starts, int[] ends)
    {
        _text = text;
        _starts = starts;
        _ends = ends;
    }

    public int Count => _starts.Length;

    /// <summary>Whether a line of this part is <paramref name="name"/>, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> name)
    {
        int low = 0, high = Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = Line(middle).CompareTo(name, StringComparison.OrdinalIgnoreCase);
            if (order == 0)
            {
                return true;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
    }

    /// <summary>
    /// The parts of the embedded resource <paramref name="resourceName"/>. A part whose lines are
    /// not strictly in order is refused: a search would miss names in it.
    /// </summary>
    public static SortedLines[] Parts(string resourceName)
    {
        using var reader = WordList.Open(resourceName);
        return Parse(reader.ReadToEnd(), resourceName);
    }

    /// <summary>The parts of a list's <paramref name="text"/>; <paramref name="name"/> names it in errors.</summary>
    internal static SortedLines[] Parse(string text, string name)
    {
        var parts = new List<SortedLines>();
        List<int> starts = [], ends = [];
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            if (line.SequenceEqual("-"))
            {
                parts.Add(Part(text, starts, ends, name));
            }
            else if (!line.IsEmpty && line[0] != '#')
            {
                starts.Add(start);
                ends.Add(start + line.Length);
            }

            start = end + 1;
        }

        parts.Add(Part(text, starts, ends, name));
        return [.. parts];
    }

    private ReadOnlySpan<char> Line(int i) => _text.AsSpan(_starts[i], _ends[i] - _starts[i]);

    /// <summary>One part of the lines gathered so far, which it takes (the lists are left empty).</summary>
    private static SortedLines Part(string text, List<int> starts, List<int> ends, string name)
    {
        var part = new SortedLines(text, [.. starts], [.. ends]);
        starts.Clear();
        ends.Clear();
        for (var i = 1; i < part.Count; i++)
        {
            if (part.Line(i - 1).CompareTo(part.Line(i), StringComparison.OrdinalIgnoreCase) >= 0)
            {
                throw new InvalidOperationException($"Embedded list '{name}' is out of order at '{part.Line(i)}'.");
            }
        }

        return part;
    }
}
