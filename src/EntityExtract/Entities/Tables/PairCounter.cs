using EntityExtract.Entities.Joining;
using EntityExtract.Text.Sentences;

namespace EntityExtract.Entities.Tables;

/// <summary>Counts, for each pair of entities, the sentences (or articles) of a document that mention both.</summary>
public static class PairCounter
{
    /// <param name="articleStarts">The first token of every article after the first, as the tagger found them; used with <see cref="PairUnit.Article"/>.</param>
    public static List<PairCount> Count(ReadOnlySpan<SentenceSpan> sentences, IReadOnlyList<int> articleStarts, int tokens, ReadOnlySpan<ResolvedMention> mentions, PairUnit unit)
    {
        ArgumentNullException.ThrowIfNull(articleStarts);
        if (unit == PairUnit.Sentence)
        {
            return Count(sentences, mentions);
        }

        var articles = new SentenceSpan[articleStarts.Count + 1];
        var first = 0;
        for (var a = 0; a < articles.Length; a++)
        {
            var end = a < articleStarts.Count ? articleStarts[a] : tokens;
            articles[a] = new SentenceSpan(first, end - first);
            first = end;
        }

        return Count(articles, mentions);
    }

    /// <summary>Counts the units (sentences, or articles given as spans of tokens) naming each pair.</summary>
    public static List<PairCount> Count(ReadOnlySpan<SentenceSpan> sentences, ReadOnlySpan<ResolvedMention> mentions)
    {
        var pairs = new Dictionary<(NameEntity, NameEntity), long>();
        var inSentence = new List<NameEntity>();
        var m = 0;
        foreach (var sentence in sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            inSentence.Clear();
            while (m < mentions.Length && mentions[m].Mention.FirstToken < end)
            {
                var (mention, entity, _) = mentions[m];
                if (mention.FirstToken >= sentence.FirstToken && !inSentence.Contains(entity))
                {
                    inSentence.Add(entity);
                }

                m++;
            }

            for (var i = 0; i < inSentence.Count; i++)
            {
                for (var j = i + 1; j < inSentence.Count; j++)
                {
                    var pair = Ordered(inSentence[i], inSentence[j]);
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                }
            }
        }

        return pairs.Select(p => new PairCount(p.Key.Item1.Type, p.Key.Item1.Key, p.Key.Item2.Type, p.Key.Item2.Key, p.Value)).ToList();
    }

    private static (NameEntity, NameEntity) Ordered(NameEntity a, NameEntity b)
    {
        var order = a.Type != b.Type ? a.Type.CompareTo(b.Type) : string.CompareOrdinal(a.Key, b.Key);
        return order <= 0 ? (a, b) : (b, a);
    }
}
