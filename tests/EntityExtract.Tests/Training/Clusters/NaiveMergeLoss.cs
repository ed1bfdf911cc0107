namespace EntityExtract.Tests.Training.Clusters;

/// <summary>
/// The slow twin of the merge window: average mutual information of a cluster assignment computed
/// from scratch out of word-pair counts, and a merge loss as the difference of two such sums.
/// </summary>
internal sealed class NaiveMergeLoss
{
    private readonly Dictionary<(int Left, int Right), long> _pairs = [];
    private readonly long[] _leftTotals;
    private readonly long[] _rightTotals;
    private readonly long _total;

    /// <summary>Counts adjacent pairs of a ranked stream (-1 breaks adjacency).</summary>
    public NaiveMergeLoss(IReadOnlyList<int> rankedStream, int wordCount)
    {
        _leftTotals = new long[wordCount];
        _rightTotals = new long[wordCount];
        for (int i = 1; i < rankedStream.Count; i++)
        {
            int left = rankedStream[i - 1];
            int right = rankedStream[i];
            if (left < 0 || right < 0)
            {
                continue;
            }

            _pairs[(left, right)] = _pairs.GetValueOrDefault((left, right)) + 1;
            _leftTotals[left]++;
            _rightTotals[right]++;
            _total++;
        }
    }

    /// <summary>AMI times the pair total, over words that have a cluster (cluster &lt; 0: not entered).</summary>
    public double Ami(int[] clusterOfWord)
    {
        var joint = new Dictionary<(int, int), long>();
        var left = new Dictionary<int, long>();
        var right = new Dictionary<int, long>();
        for (int w = 0; w < clusterOfWord.Length; w++)
        {
            if (clusterOfWord[w] >= 0)
            {
                left[clusterOfWord[w]] = left.GetValueOrDefault(clusterOfWord[w]) + _leftTotals[w];
                right[clusterOfWord[w]] = right.GetValueOrDefault(clusterOfWord[w]) + _rightTotals[w];
            }
        }

        foreach (((int a, int b), long count) in _pairs)
        {
            int x = clusterOfWord[a];
            int y = clusterOfWord[b];
            if (x >= 0 && y >= 0)
            {
                joint[(x, y)] = joint.GetValueOrDefault((x, y)) + count;
            }
        }

        double sum = 0;
        foreach (((int x, int y), long n) in joint)
        {
            sum += n * Math.Log((double)n * _total / ((double)left[x] * right[y]));
        }

        return sum;
    }

    public double Loss(int[] clusterOfWord, int first, int second)
    {
        int[] merged = (int[])clusterOfWord.Clone();
        for (int w = 0; w < merged.Length; w++)
        {
            if (merged[w] == second)
            {
                merged[w] = first;
            }
        }

        return Ami(clusterOfWord) - Ami(merged);
    }
}
