using EntityExtract.Tagging;

namespace EntityExtract.Entities.Joining;

/// <summary>
/// One type per name across a corpus: files that typed the same name (its <see cref="NameKey"/>)
/// as a place in one and an organization in another ("Chicago" the city, "CHICAGO" the team in a
/// results table) name it by the type most of its mentions have, so it is counted on one row.
/// People are left apart: a person and a place that share a name ("Jordan") are seldom one entity.
/// Decided from counts alone, so it is the same for any file order or shard split.
/// </summary>
public static class CorpusTypes
{
    /// <summary>The type each (type, key) is counted as, for those that change; ties go to the type listed first.</summary>
    public static Dictionary<(EntityType Type, string Key), EntityType> Choose(IEnumerable<(EntityType Type, string Key, long Mentions)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var byKey = new Dictionary<string, (EntityType Type, long Mentions)>(StringComparer.Ordinal);
        var seen = new List<(EntityType Type, string Key)>();
        var mixed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (type, key, mentions) in names)
        {
            if (!Unifies(type))
            {
                continue;
            }

            seen.Add((type, key));
            if (byKey.TryGetValue(key, out var best))
            {
                mixed.Add(key);
                if (mentions > best.Mentions || (mentions == best.Mentions && type < best.Type))
                {
                    byKey[key] = (type, mentions);
                }
            }
            else
            {
                byKey[key] = (type, mentions);
            }
        }

        var result = new Dictionary<(EntityType, string), EntityType>();
        foreach (var (type, key) in seen)
        {
            if (mixed.Contains(key) && byKey[key].Type != type)
            {
                result[(type, key)] = byKey[key].Type;
            }
        }

        return result;
    }

    private static bool Unifies(EntityType type) => type is EntityType.Location or EntityType.Organization;
}
