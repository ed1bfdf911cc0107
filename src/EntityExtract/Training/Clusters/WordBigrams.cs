namespace EntityExtract.Training.Clusters;

/// <summary>
/// Counts of adjacent word pairs as two sparse adjacency lists (compressed rows, neighbours in
/// ascending rank): who follows each word and who precedes it. A dropped rare word breaks adjacency,
/// so no pair spans it. Marginals count pairs, not tokens, so that a sentence's last word
/// adds nothing to the "as left element" total.
/// </summary>
internal sealed class WordBigrams
{
    private WordBigrams(int wordCount)
    {
        WordCount = wordCount;
        NextStart = new int[wordCount + 1];
        PreviousStart = new int[wordCount + 1];
        LeftTotals = new long[wordCount];
        RightTotals = new long[wordCount];
        NextWords = [];
        NextCounts = [];
        PreviousWords = [];
        PreviousCounts = [];
    }

    public int WordCount { get; }

    /// <summary>Total number of adjacent pairs; every cluster count is at most this, and it fits an int.</summary>
    public long Total { get; private set; }

    public int[] NextStart { get; }

    public int[] NextWords { get; private set; }

    public int[] NextCounts { get; private set; }

    public int[] PreviousStart { get; }

    public int[] PreviousWords { get; private set; }

    public int[] PreviousCounts { get; private set; }

    /// <summary>Pairs in which the word is the left element.</summary>
    public long[] LeftTotals { get; }

    /// <summary>Pairs in which the word is the right element.</summary>
    public long[] RightTotals { get; }

    public static WordBigrams Build(ReadOnlySpan<int> stream, int[] rankOfId, int wordCount)
    {
        var keys = new long[Math.Max(stream.Length - 1, 0)];
        int pairs = 0;
        int previous = -1;
        foreach (int id in stream)
        {
            int rank = id < 0 ? -1 : rankOfId[id];
            if (previous >= 0 && rank >= 0)
            {
                keys[pairs++] = ((long)previous << 32) | (uint)rank;
            }

            previous = rank;
        }

        Array.Sort(keys, 0, pairs);
        var bigrams = new WordBigrams(wordCount) { Total = pairs };
        bigrams.FillNext(keys.AsSpan(0, pairs));
        bigrams.FillPrevious();
        return bigrams;
    }

    private void FillNext(ReadOnlySpan<long> sortedKeys)
    {
        var words = new List<int>();
        var counts = new List<int>();
        int start = 0;
        while (start < sortedKeys.Length)
        {
            long key = sortedKeys[start];
            int end = start + 1;
            while (end < sortedKeys.Length && sortedKeys[end] == key)
            {
                end++;
            }

            int left = (int)(key >> 32);
            int right = (int)(uint)key;
            words.Add(right);
            counts.Add(end - start);
            NextStart[left + 1]++;
            LeftTotals[left] += end - start;
            RightTotals[right] += end - start;
            start = end;
        }

        for (int w = 0; w < WordCount; w++)
        {
            NextStart[w + 1] += NextStart[w];
        }

        NextWords = words.ToArray();
        NextCounts = counts.ToArray();
    }

    // Transposes the next-lists with a counting sort; walking left words in ascending order keeps
    // every previous-list sorted too.
    private void FillPrevious()
    {
        var fill = new int[WordCount];
        for (int e = 0; e < NextWords.Length; e++)
        {
            PreviousStart[NextWords[e] + 1]++;
        }

        for (int w = 0; w < WordCount; w++)
        {
            PreviousStart[w + 1] += PreviousStart[w];
        }

        PreviousWords = new int[NextWords.Length];
        PreviousCounts = new int[NextWords.Length];
        for (int left = 0; left < WordCount; left++)
        {
            for (int e = NextStart[left]; e < NextStart[left + 1]; e++)
            {
                int right = NextWords[e];
                int slot = PreviousStart[right] + fill[right]++;
                PreviousWords[slot] = left;
                PreviousCounts[slot] = NextCounts[e];
            }
        }
    }
}
