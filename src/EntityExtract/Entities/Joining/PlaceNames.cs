using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// The names that are known places (<c>place-names.txt</c>, built from the gazetteers by
/// <c>Training/name-lists.py</c>): every name of a country, and the forms that stand for one
/// (<see cref="EntityAliases"/>: <c>U.S.</c>, <c>Britain</c>); US states and other first-level
/// divisions; capitals and large cities. A country or a division (a region) typed an organization
/// is its team and keyed apart from the place (<see cref="Tables.CorpusNames.SharedType"/>); a
/// known town typed an organization may join the one team named after it
/// (<see cref="NameJoiner"/>). Embedded resources, loaded once.
/// </summary>
internal static class PlaceNames
{
    // The names as written, compared ignoring case: a list name is ASCII with single spaces, so
    // its key is its lower case.
    private static readonly Lazy<SortedLines[]> Parts = new(Load);

    /// <summary>Whether <paramref name="key"/> (a <see cref="NameKey"/>) names a known place.</summary>
    public static bool Contains(string key) => IsRegion(key) || Parts.Value[Towns].Contains(key);

    /// <summary>Whether <paramref name="key"/> (a <see cref="NameKey"/>) names a country, in any of its forms.</summary>
    public static bool IsCountry(string key) => InParts(key, through: Countries);

    /// <summary>
    /// Whether <paramref name="key"/> (a <see cref="NameKey"/>) names a country or a state or other
    /// first-level division of one: a place that few companies are named after alone, unlike its towns.
    /// </summary>
    public static bool IsRegion(string key) => InParts(key, through: Divisions);

    private const int Countries = 0, Divisions = 1, Towns = 2;

    /// <summary>
    /// Whether the parts up to <paramref name="through"/> list <paramref name="key"/>, or the name
    /// the curated list gives for it: "U.S." is the United States.
    /// </summary>
    private static bool InParts(string key, int through) =>
        Lists(key, through) || (EntityAliases.CanonicalKey(key) is { } full && Lists(full, through));

    private static bool Lists(string key, int through)
    {
        for (var part = 0; part <= through; part++)
        {
            if (Parts.Value[part].Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The list's parts: countries, divisions, towns.</summary>
    private static SortedLines[] Load()
    {
        var parts = SortedLines.Parts("EntityExtract.Entities.Resources.place-names.txt");
        return parts.Length == Towns + 1
            ? parts
            : throw new InvalidOperationException($"place-names.txt has {parts.Length} parts, not {Towns + 1}.");
    }
}
