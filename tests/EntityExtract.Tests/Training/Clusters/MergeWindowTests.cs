using EntityExtract.Training.Clusters;

namespace EntityExtract.Tests.Training.Clusters;

public sealed class MergeWindowTests
{
    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 6)]
    [InlineData(3, 10)]
    [InlineData(4, 2)]
    public void Cached_losses_match_from_scratch_ami_at_every_step(int seed, int clusters)
    {
        var corpus = SyntheticCorpus.Random(seed, vocabulary: 30, sentenceCount: 120);
        CorpusIndex index = CorpusIndex.Build(corpus, progress: null, CancellationToken.None);
        var vocabulary = Vocabulary.Build(index, minCount: 2);
        var bigrams = WordBigrams.Build(index.StreamSpan, vocabulary.RankOfId, vocabulary.Count);
        var ranked = index.Stream.Select(id => id < 0 ? -1 : vocabulary.RankOfId[id]).ToList();
        var naive = new NaiveMergeLoss(ranked, vocabulary.Count);
        var window = new MergeWindow(bigrams, vocabulary.Counts, clusters);

        int checkedPairs = 0;
        for (int word = 0; word < vocabulary.Count || window.LiveCount > 1; word++)
        {
            if (word < vocabulary.Count)
            {
                window.AddWord();
                if (window.LiveCount <= clusters)
                {
                    continue;
                }
            }

            int[] clusterOfWord = Assignment(window, vocabulary.Count);
            ReadOnlySpan<int> live = window.LiveSlots;
            for (int i = 0; i < live.Length; i++)
            {
                for (int j = i + 1; j < live.Length; j++)
                {
                    double expected = naive.Loss(clusterOfWord, live[i], live[j]);
                    double actual = window.Loss(live[i], live[j]);
                    Assert.True(
                        Math.Abs(expected - actual) <= 1e-7 * Math.Max(1, Math.Abs(expected)),
                        $"seed {seed}, step {window.Tree.MergeCount}, slots {live[i]},{live[j]}: expected {expected}, cached {actual}");
                    checkedPairs++;
                }
            }

            (int first, int second) = window.FindBest();
            window.Merge(first, second);
        }

        Assert.Equal(vocabulary.Count - 1, window.Tree.MergeCount);
        Assert.True(checkedPairs > 50);
    }

    [Fact]
    public void Best_pair_has_the_smallest_loss()
    {
        var corpus = SyntheticCorpus.Random(seed: 9, vocabulary: 40, sentenceCount: 200);
        CorpusIndex index = CorpusIndex.Build(corpus, progress: null, CancellationToken.None);
        var vocabulary = Vocabulary.Build(index, minCount: 1);
        var bigrams = WordBigrams.Build(index.StreamSpan, vocabulary.RankOfId, vocabulary.Count);
        var window = new MergeWindow(bigrams, vocabulary.Counts, clusters: 8);
        for (int word = 0; word < 9; word++)
        {
            window.AddWord();
        }

        (int first, int second) = window.FindBest();
        double best = window.Loss(first, second);
        foreach (int i in window.LiveSlots.ToArray())
        {
            foreach (int j in window.LiveSlots.ToArray())
            {
                Assert.True(i == j || window.Loss(i, j) >= best);
            }
        }
    }

    private static int[] Assignment(MergeWindow window, int wordCount)
    {
        var clusterOfWord = new int[wordCount];
        for (int w = 0; w < wordCount; w++)
        {
            clusterOfWord[w] = w < window.EnteredWords ? window.SlotOfWord(w) : -1;
        }

        return clusterOfWord;
    }
}
