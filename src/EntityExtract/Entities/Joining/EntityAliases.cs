using System.Collections.Frozen;
using EntityExtract.Text.Lexicon;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// The curated list of names that stand for one another (<c>US</c>, <c>U.S.</c>, <c>USA</c> and
/// <c>United States</c>): an embedded resource, loaded once.
/// </summary>
internal static class EntityAliases
{
    private static readonly Lazy<FrozenDictionary<string, string>> Canonical = new(Load);

    /// <summary>The key of the list's full name for <paramref name="key"/> (a <see cref="NameKey"/>), or null.</summary>
    public static string? CanonicalKey(string key) => Canonical.Value.GetValueOrDefault(key);

    private static FrozenDictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in WordList.Lines("EntityExtract.Entities.Resources.entity-aliases.txt"))
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var canonical = NameKey.Of(names[0]);
            foreach (var name in names)
            {
                map.TryAdd(NameKey.Of(name), canonical);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
