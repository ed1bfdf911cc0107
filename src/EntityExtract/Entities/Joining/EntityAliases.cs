using System.Collections.Frozen;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// The lists of names that stand for one another: the curated one (<c>US</c>, <c>U.S.</c>,
/// <c>USA</c> and <c>United States</c>), then the countries' short and long forms compiled from the
/// country gazetteer (<c>Russia</c>, <c>Russian Federation</c>; built by
/// <c>Training/country-names.py</c>). Embedded resources, loaded once; the curated list wins a name
/// both give.
/// </summary>
internal static class EntityAliases
{
    private static readonly Lazy<FrozenDictionary<string, string>> Canonical = new(Load);

    /// <summary>The key of the list's full name for <paramref name="key"/> (a <see cref="NameKey"/>), or null.</summary>
    public static string? CanonicalKey(string key) => Canonical.Value.GetValueOrDefault(key);

    private static FrozenDictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        Read("entity-aliases.txt", map);
        Read("country-names.txt", map);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Read(string resource, Dictionary<string, string> map)
    {
        foreach (var line in WordList.Lines("EntityExtract.Entities.Resources." + resource))
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var canonical = NameKey.Of(names[0]);
            if (map.TryGetValue(canonical, out var listed))
            {
                canonical = listed; // a name the curated list gave already keeps that list's entity
            }

            foreach (var name in names)
            {
                map.TryAdd(NameKey.Of(name), canonical);
            }
        }
    }
}
