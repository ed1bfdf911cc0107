namespace EntityExtract.Training.Clusters;

/// <summary>
/// Brown et al. (1992) word clustering: hierarchical agglomerative merging that keeps as much of the
/// average mutual information of adjacent cluster pairs as it can. Words enter by descending count
/// into a window of C active clusters; each entry is followed by the cheapest merge, and once all
/// words are in, the last C clusters are merged into one root. Every choice is deterministic, so the
/// same sentences and options give the same tree.
/// </summary>
public static class BrownClusterer
{
    private const int ProgressInterval = 1000;

    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> (adjacency never crosses a sentence end).
    /// Tokens are put into <see cref="ClusterKey"/> form; longer ones than
    /// <see cref="ClusterKey.MaxLength"/> break adjacency and are not clustered.
    /// </summary>
    public static ClusterResult Train(
        IEnumerable<IReadOnlyList<string>> sentences,
        BrownOptions options,
        IProgress<ClusterProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        CorpusIndex index = CorpusIndex.Build(sentences, progress, cancellationToken);
        var vocabulary = Vocabulary.Build(index, options.MinCount);
        var bigrams = WordBigrams.Build(index.StreamSpan, vocabulary.RankOfId, vocabulary.Count);
        (MergeTree tree, int topStart) = BuildTree(bigrams, vocabulary.Counts, options.Clusters, progress, cancellationToken);
        string[] paths = tree.BuildPaths(topStart);

        var entries = new ClusterEntry[vocabulary.Count];
        for (int rank = 0; rank < entries.Length; rank++)
        {
            entries[rank] = new ClusterEntry(paths[rank], vocabulary.Words[rank], vocabulary.Counts[rank]);
        }

        return new ClusterResult(entries);
    }

    /// <summary>Runs all merges; also returns the index of the first merge after the last word entered.</summary>
    internal static (MergeTree Tree, int TopStart) BuildTree(
        WordBigrams bigrams,
        long[] wordCounts,
        int clusters,
        IProgress<ClusterProgress>? progress,
        CancellationToken cancellationToken)
    {
        var window = new MergeWindow(bigrams, wordCounts, clusters);
        long totalMerges = Math.Max(bigrams.WordCount - 1, 0);
        for (int word = 0; word < bigrams.WordCount; word++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            window.AddWord();
            if (window.LiveCount > clusters)
            {
                MergeBest(window, totalMerges, progress);
            }
        }

        int topStart = window.Tree.MergeCount;
        while (window.LiveCount > 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            MergeBest(window, totalMerges, progress);
        }

        progress?.Report(new ClusterProgress(ClusterPhase.Merging, totalMerges, totalMerges));
        return (window.Tree, topStart);
    }

    private static void MergeBest(MergeWindow window, long totalMerges, IProgress<ClusterProgress>? progress)
    {
        (int first, int second) = window.FindBest();
        window.Merge(first, second);
        int done = window.Tree.MergeCount;
        if (done % ProgressInterval == 0)
        {
            progress?.Report(new ClusterProgress(ClusterPhase.Merging, done, totalMerges));
        }
    }
}
