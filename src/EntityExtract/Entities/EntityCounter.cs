using EntityExtract.Tagging;
using EntityExtract.Text.Positions;

namespace EntityExtract.Entities;

/// <summary>Counts a document's mentions per entity, in the table order users expect.</summary>
public static class EntityCounter
{
    public static List<EntityCount> Count(string text, TextOrigin origin, IReadOnlyList<Mention> mentions, NameEntity[] entities)
    {
        var counts = new Dictionary<NameEntity, (int Mentions, int Line, long Start)>(ReferenceEqualityComparer.Instance);
        var cursor = new TextPositionCursor(origin);
        for (var i = 0; i < mentions.Count; i++)
        {
            var position = cursor.MoveTo(text, mentions[i].Start);
            counts[entities[i]] = counts.TryGetValue(entities[i], out var seen)
                ? (seen.Mentions + 1, seen.Line, seen.Start)
                : (1, position.Line, position.Offset);
        }

        var result = counts.Select(c => new EntityCount(c.Key.Type, c.Key.Key, c.Key.Display, c.Value.Mentions, c.Value.Line, c.Value.Start)).ToList();
        result.Sort(TableOrder);
        return result;
    }

    /// <summary>Mentions descending, then type, then entity name (ordinal): stable across runs.</summary>
    public static int TableOrder(EntityCount a, EntityCount b) =>
        TableOrder(a.Mentions, a.Type, a.Display, b.Mentions, b.Type, b.Display);

    public static int TableOrder(int mentionsA, EntityType typeA, string nameA, int mentionsB, EntityType typeB, string nameB)
    {
        var order = mentionsB.CompareTo(mentionsA);
        if (order == 0)
        {
            order = typeA.CompareTo(typeB);
        }

        return order != 0 ? order : string.CompareOrdinal(nameA, nameB);
    }
}
