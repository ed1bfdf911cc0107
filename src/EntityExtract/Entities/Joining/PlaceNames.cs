using System.Collections.Frozen;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// The names that are known places (<c>place-names.txt</c>, built from the gazetteers by
/// <c>Training/place-names.py</c>): every name of a country, and the forms that stand for one
/// (<see cref="EntityAliases"/>: <c>U.S.</c>, <c>Britain</c>); US states and other first-level
/// divisions; capitals and large cities.
/// An organization written as one of them is a body named after the place (a national team, a
/// club, an exchange), so the corpus keeps it apart from the place
/// (<see cref="Tables.CorpusNames.SharedType"/>). Embedded resources, loaded once.
/// </summary>
internal static class PlaceNames
{
    private static readonly Lazy<(FrozenSet<string> Regions, FrozenSet<string> Towns)> Keys = new(Load);

    /// <summary>Whether <paramref name="key"/> (a <see cref="NameKey"/>) names a known place.</summary>
    public static bool Contains(string key) => IsRegion(key) || Keys.Value.Towns.Contains(key);

    /// <summary>
    /// Whether <paramref name="key"/> (a <see cref="NameKey"/>) names a country, in any of its
    /// forms, or a state or other first-level division of one: a place that few companies are
    /// named after alone, unlike its towns.
    /// </summary>
    public static bool IsRegion(string key) =>
        Keys.Value.Regions.Contains(key) || (EntityAliases.CanonicalKey(key) is { } canonical && Keys.Value.Regions.Contains(canonical));

    /// <summary>The keys of the countries' and divisions' names (the first two parts) and of the towns' (the third).</summary>
    private static (FrozenSet<string>, FrozenSet<string>) Load()
    {
        HashSet<string> regions = new(StringComparer.Ordinal), towns = new(StringComparer.Ordinal);
        var part = 0;
        foreach (var line in WordList.Lines("EntityExtract.Entities.Resources.place-names.txt"))
        {
            if (line == "-")
            {
                part++;
                continue;
            }

            (part < 2 ? regions : towns).Add(NameKey.Of(line));
        }

        return (regions.ToFrozenSet(StringComparer.Ordinal), towns.ToFrozenSet(StringComparer.Ordinal));
    }
}
