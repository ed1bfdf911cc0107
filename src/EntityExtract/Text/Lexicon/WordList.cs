using System.Collections.Frozen;

namespace EntityExtract.Text.Lexicon;

/// <summary>
/// A set of words read from an embedded resource, searchable with a span so that looking up a
/// token never builds a string.
/// </summary>
internal sealed class WordList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    private WordList(FrozenSet<string> words)
    {
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = words.Count == 0 ? 0 : words.Max(w => w.Length);
        Count = words.Count;
    }

    public int Count { get; }

    /// <summary>The length check first: it spares hashing long words that cannot be in the list.</summary>
    public bool Contains(ReadOnlySpan<char> word) => word.Length <= _longest && _lookup.Contains(word);

    /// <summary>
    /// Reads the embedded resource <paramref name="resourceName"/> (its manifest name, such as
    /// <c>EntityExtract.Text.Resources.abbreviations.txt</c>): one word per line; blank lines and
    /// lines starting with <c>#</c> are comments.
    /// </summary>
    public static WordList FromResource(string resourceName, bool ignoreCase = false)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var words = new HashSet<string>(Lines(resourceName), comparer);
        return new WordList(words.ToFrozenSet(comparer));
    }

    /// <summary>
    /// The lines of the embedded resource <paramref name="resourceName"/>, trimmed, in order, less
    /// blank lines and comments (lines starting with <c>#</c>). The one loader of every embedded
    /// list, whether of words or of lines with more in them (a long sorted list is read whole:
    /// <see cref="SortedLines"/>, through <see cref="Open"/>).
    /// </summary>
    public static List<string> Lines(string resourceName)
    {
        using var reader = Open(resourceName);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                lines.Add(word);
            }
        }

        return lines;
    }

    /// <summary>A reader of the embedded resource <paramref name="resourceName"/>; an error names a resource the assembly lacks.</summary>
    internal static StreamReader Open(string resourceName) =>
        new(typeof(WordList).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded word list '{resourceName}' is missing from the assembly."));
}
