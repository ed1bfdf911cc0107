using System.Text;
using EntityExtract.Training.Clusters;

namespace EntityExtract.Tests.Training.Clusters;

public sealed class BrownClustererTests
{
    [Fact]
    public void Final_clusters_separate_nouns_from_verbs()
    {
        ClusterResult result = BrownClusterer.Train(SyntheticCorpus.Classes(), new BrownOptions { Clusters = 3, MinCount = 1 });

        string noun = Bits(result, "cat");
        string verb = Bits(result, "chases");
        Assert.NotEqual(noun, verb);
        Assert.All(SyntheticCorpus.Nouns, word => Assert.Equal(noun, Bits(result, word)));
        Assert.All(SyntheticCorpus.Verbs, word => Assert.Equal(verb, Bits(result, word)));
        Assert.NotEqual(noun, Bits(result, "the"));
    }

    [Fact]
    public void Full_tree_gives_same_class_longer_shared_prefixes()
    {
        // With more clusters than words every word is its own leaf, so classes must show in the tree.
        ClusterResult result = BrownClusterer.Train(SyntheticCorpus.Classes(), new BrownOptions { Clusters = 50, MinCount = 1 });

        int across = 0;
        foreach (string noun in SyntheticCorpus.Nouns)
        {
            foreach (string verb in SyntheticCorpus.Verbs)
            {
                across = Math.Max(across, SharedPrefix(Bits(result, noun), Bits(result, verb)));
            }
        }

        foreach (string[] group in new[] { SyntheticCorpus.Nouns, SyntheticCorpus.Verbs })
        {
            foreach (string x in group)
            {
                foreach (string y in group)
                {
                    Assert.True(SharedPrefix(Bits(result, x), Bits(result, y)) > across, $"{x} and {y} share less than a noun and a verb");
                }
            }
        }
    }

    [Theory]
    [InlineData(3, 300)]
    [InlineData(20, 1000)]
    public void Same_input_gives_same_bytes(int clusters, int sentences)
    {
        var corpus = SyntheticCorpus.Random(seed: 11, vocabulary: 120, sentences);
        var options = new BrownOptions { Clusters = clusters, MinCount = 2 };

        string first = WriteToString(BrownClusterer.Train(corpus, options));
        string second = WriteToString(BrownClusterer.Train(corpus, options));

        Assert.Equal(first, second);
        Assert.NotEmpty(first);
    }

    [Fact]
    public void Every_word_gets_a_bit_string_and_final_clusters_are_at_most_c()
    {
        var corpus = SyntheticCorpus.Random(seed: 5, vocabulary: 200, sentenceCount: 1500);
        ClusterResult result = BrownClusterer.Train(corpus, new BrownOptions { Clusters = 12, MinCount = 3 });

        Assert.All(result.Entries, entry => Assert.True(entry.Count >= 3 && entry.Bits.Length > 0));
        int distinct = result.Entries.Select(entry => entry.Bits).Distinct().Count();
        Assert.InRange(distinct, 2, 12);
    }

    [Fact]
    public void Digits_are_collapsed_in_keys()
    {
        List<IReadOnlyList<string>> corpus = [["in", "1987", "and", "1996"], ["in", "1987"]];
        ClusterResult result = BrownClusterer.Train(corpus, new BrownOptions { Clusters = 4, MinCount = 1 });

        Assert.Contains(result.Entries, entry => entry is { Word: "0000", Count: 3 });
        Assert.True(result.TryGetBits("2001", out _));
    }

    [Fact]
    public void Empty_corpus_gives_no_entries()
    {
        ClusterResult result = BrownClusterer.Train([], new BrownOptions { Clusters = 4 });

        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BrownClusterer.Train([], new BrownOptions { Clusters = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => BrownClusterer.Train([], new BrownOptions { MinCount = 0 }));
    }

    [Fact]
    public void Progress_ends_with_all_merges_and_cancellation_stops()
    {
        var corpus = SyntheticCorpus.Random(seed: 2, vocabulary: 60, sentenceCount: 300);
        var reports = new RecordingProgress();

        ClusterResult result = BrownClusterer.Train(corpus, new BrownOptions { Clusters = 5, MinCount = 1 }, reports);

        ClusterProgress last = reports.Values[^1];
        Assert.Equal(new ClusterProgress(ClusterPhase.Merging, result.Entries.Count - 1, result.Entries.Count - 1), last);
        Assert.Contains(reports.Values, value => value.Phase == ClusterPhase.ReadingCorpus);
        Assert.Throws<OperationCanceledException>(
            () => BrownClusterer.Train(corpus, new BrownOptions(), cancellationToken: new CancellationToken(canceled: true)));
    }

    private static string Bits(ClusterResult result, string word)
    {
        Assert.True(result.TryGetBits(word, out string bits), $"'{word}' has no cluster");
        return bits;
    }

    private static int SharedPrefix(string x, string y)
    {
        int length = 0;
        while (length < x.Length && length < y.Length && x[length] == y[length])
        {
            length++;
        }

        return length;
    }

    private static string WriteToString(ClusterResult result)
    {
        var builder = new StringBuilder();
        using (var writer = new StringWriter(builder))
        {
            ClusterFile.Write(result, writer);
        }

        return builder.ToString();
    }

    // Progress<T> would post to the thread pool; tests need the reports in order and at once.
    private sealed class RecordingProgress : IProgress<ClusterProgress>
    {
        public List<ClusterProgress> Values { get; } = [];

        public void Report(ClusterProgress value) => Values.Add(value);
    }
}
