using System.Collections.Frozen;
using System.Reflection;

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
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("EntityExtract.Entities.Resources.entity-aliases.txt")
            ?? throw new InvalidOperationException("The entity-aliases resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

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
