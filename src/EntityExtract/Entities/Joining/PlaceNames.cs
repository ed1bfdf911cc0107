using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// The names that are known places (<c>place-names.txt</c>, built from the gazetteers by
/// <c>Training/place-names.py</c>): every name of a country, and the forms that stand for one
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
    public static bool IsCountry(string key) =>
        Parts.Value[Countries].Contains(key) || (EntityAliases.CanonicalKey(key) is { } full && Parts.Value[Countries].Contains(full));

    /// <summary>
    /// Whether <paramref name="key"/> (a <see cref="NameKey"/>) names a country or a state or other
    /// first-level division of one: a place that few companies are named after alone, unlike its towns.
    /// </summary>
    public static bool IsRegion(string key)
    {
        var parts = Parts.Value;
        if (parts[Countries].Contains(key) || parts[Divisions].Contains(key))
        {
            return true;
        }

        // A form the curated list gives another name for: "U.S." is the United States.
        return EntityAliases.CanonicalKey(key) is { } full && (parts[Countries].Contains(full) || parts[Divisions].Contains(full));
    }

    private const int Countries = 0, Divisions = 1, Towns = 2;

    /// <summary>The list's parts: countries, divisions, towns.</summary>
    private static SortedLines[] Load()
    {
        var parts = SortedLines.Parts("EntityExtract.Entities.Resources.place-names.txt");
        return parts.Length == Towns + 1
            ? parts
            : throw new InvalidOperationException($"place-names.txt has {parts.Length} parts, not {Towns + 1}.");
    }
}
