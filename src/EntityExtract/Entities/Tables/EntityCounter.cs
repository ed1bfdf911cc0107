using System.Runtime.InteropServices;
using EntityExtract.Entities.Joining;
using EntityExtract.Output;
using EntityExtract.Tagging.Labels;
using EntityExtract.Text.Positions;

namespace EntityExtract.Entities.Tables;

/// <summary>Counts a document's mentions per entity, in the table order users expect.</summary>
public static class EntityCounter
{
    /// <param name="mentions">The document's resolved mentions (<see cref="MentionResolver"/>), in offset order.</param>
    /// <param name="context">Characters of context for each entity's first mention; 0 for none.</param>
    /// <param name="positions">
    /// Whether to find each first mention's line and offset; without, both are 0
    /// (<c>extract --entity</c> names corpus rows, which it never writes, and the mention rows have their own).
    /// </param>
    public static List<EntityCount> Count(string text, TextOrigin origin, ReadOnlySpan<ResolvedMention> mentions, int context = 0, bool positions = true)
    {
        var counts = new Dictionary<NameEntity, Tally>(ReferenceEqualityComparer.Instance);
        var cursor = new TextPositionCursor(origin);
        for (var i = 0; i < mentions.Length; i++)
        {
            var (mention, entity, form) = mentions[i];
            if (!counts.TryGetValue(entity, out var tally))
            {
                var position = positions ? cursor.MoveTo(text, mention.Start) : default;
                counts[entity] = tally = new Tally(position.Line, position.Offset, i);
            }

            tally.Mentions++;
            CollectionsMarshal.GetValueRefOrAddDefault(tally.Forms, form, out _)++;
        }

        var result = new List<EntityCount>(counts.Count);
        foreach (var (entity, tally) in counts)
        {
            var first = mentions[tally.FirstMention].Mention;
            result.Add(new EntityCount(entity.Type, entity.Key, entity.Display, tally.Mentions, tally.Line, tally.Start)
            {
                Forms = [.. tally.Forms],
                Context = context > 0 ? ContextSnippet.Of(text, first.Start, first.End, context) : null,
            });
        }

        result.Sort(TableOrder);
        return result;
    }

    /// <summary>Mentions descending, then type, then entity name (ordinal): stable across runs.</summary>
    public static int TableOrder(EntityCount a, EntityCount b) =>
        TableOrder(a.Mentions, a.Type, a.Display, b.Mentions, b.Type, b.Display);

    public static int TableOrder(long mentionsA, EntityType typeA, string nameA, long mentionsB, EntityType typeB, string nameB)
    {
        var order = mentionsB.CompareTo(mentionsA);
        if (order == 0)
        {
            order = typeA.CompareTo(typeB);
        }

        return order != 0 ? order : string.CompareOrdinal(nameA, nameB);
    }

    private sealed class Tally(long line, long start, int firstMention)
    {
        public long Line { get; } = line;

        public long Start { get; } = start;

        public int FirstMention { get; } = firstMention;

        public long Mentions { get; set; }

        public Dictionary<string, long> Forms { get; } = new(StringComparer.Ordinal);
    }
}
