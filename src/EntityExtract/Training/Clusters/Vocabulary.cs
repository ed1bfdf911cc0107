namespace EntityExtract.Training.Clusters;

/// <summary>
/// The words that take part in clustering, ranked by descending count (ties by ordinal word) because
/// the merge window takes words in exactly this order. Rank doubles as the word's id from here on.
/// </summary>
internal sealed class Vocabulary
{
    private Vocabulary(string[] words, long[] counts, int[] rankOfId)
    {
        Words = words;
        Counts = counts;
        RankOfId = rankOfId;
    }

    public string[] Words { get; }

    public long[] Counts { get; }

    /// <summary>Maps a <see cref="CorpusIndex"/> id to its rank, or -1 when the word is too rare.</summary>
    public int[] RankOfId { get; }

    public int Count => Words.Length;

    public static Vocabulary Build(CorpusIndex index, int minCount)
    {
        var kept = new List<int>();
        for (int id = 0; id < index.Words.Count; id++)
        {
            if (index.Counts[id] >= minCount)
            {
                kept.Add(id);
            }
        }

        int[] order = kept.ToArray();
        Array.Sort(order, (x, y) =>
        {
            int byCount = index.Counts[y].CompareTo(index.Counts[x]);
            return byCount != 0 ? byCount : string.CompareOrdinal(index.Words[x], index.Words[y]);
        });

        var words = new string[order.Length];
        var counts = new long[order.Length];
        var rankOfId = new int[index.Words.Count];
        Array.Fill(rankOfId, -1);
        for (int rank = 0; rank < order.Length; rank++)
        {
            words[rank] = index.Words[order[rank]];
            counts[rank] = index.Counts[order[rank]];
            rankOfId[order[rank]] = rank;
        }

        return new Vocabulary(words, counts, rankOfId);
    }
}
