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
    // its key is its lower case, and a run that loads the list need not make 8,000 keys. Hash
    // sets, not frozen ones: a run looks up a few thousand names, fewer than would repay the
    // longer build of a frozen set.
    private static readonly Lazy<HashSet<string>[]> Parts = new(Load);

    /// <summary>Whether <paramref name="key"/> (a <see cref="NameKey"/>) names a known place.</summary>
    public static bool Contains(string key) => IsRegion(key) || Parts.Value[Towns].Contains(key);

    /// <summary>Whether <paramref name="key"/> (a <see cref="NameKey"/>) names a country, in any of its forms.</summary>
    public static bool IsCountry(string key) => In(Countries, key);

    /// <summary>
    /// Whether <paramref name="key"/> (a <see cref="NameKey"/>) names a country or a state or other
    /// first-level division of one: a place that few companies are named after alone, unlike its towns.
    /// </summary>
    public static bool IsRegion(string key) => In(Countries, key) || In(Divisions, key);

    private const int Countries = 0, Divisions = 1, Towns = 2;

    /// <summary>Whether a part lists <paramref name="key"/>, or the name the curated list gives for it (<c>U.S.</c>: United States).</summary>
    private static bool In(int part, string key) =>
        Parts.Value[part].Contains(key) || (EntityAliases.CanonicalKey(key) is { } canonical && Parts.Value[part].Contains(canonical));

    /// <summary>The keys of the names of each part of the list (countries, divisions, towns), parts split by "-" lines.</summary>
    private static HashSet<string>[] Load()
    {
        var parts = new List<HashSet<string>> { new(StringComparer.OrdinalIgnoreCase) };
        foreach (var line in WordList.Lines("EntityExtract.Entities.Resources.place-names.txt"))
        {
            if (line == "-")
            {
                parts.Add(new(StringComparer.OrdinalIgnoreCase));
            }
            else
            {
                parts[^1].Add(line);
            }
        }

        if (parts.Count != Towns + 1)
        {
            throw new InvalidOperationException($"place-names.txt has {parts.Count} parts, not {Towns + 1}.");
        }

        return [.. parts];
    }
}
