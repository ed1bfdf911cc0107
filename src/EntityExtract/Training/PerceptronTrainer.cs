using EntityExtract.Evaluation;
using EntityExtract.Tagging.Decoding;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Training;

/// <summary>
/// Averaged structured perceptron over dense feature ids. Weight rows 0..F-1 are features; the
/// 18 rows after them are transitions from each label and from the sentence start, and the last
/// row scores ending a sentence on each label, so one averaging scheme covers everything.
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int L = BilouLabel.Count;

    private readonly int _featureCount;
    private readonly AveragedWeights _weights;
    private float[] _emissions = new float[256 * L];
    private float[] _lattice = new float[256 * L];
    private byte[] _path = new byte[256];
    private byte[] _partialGold = new byte[256];

    public PerceptronTrainer(int featureCount)
    {
        _featureCount = featureCount;
        _weights = new AveragedWeights(featureCount + L + 2);
    }

    public int TransitionRow => _featureCount;

    public int EndRow => _featureCount + L + 1;

    public float[] Average() => _weights.Average();

    /// <summary>Decodes every sentence of <paramref name="set"/> with <paramref name="weights"/> and scores it conlleval-style.</summary>
    public ConllScore Score(TrainingSet set, float[] weights, TagScheme scheme)
    {
        var scorer = new ConllScorer();
        var predicted = new ConllTag[256];
        for (var s = 0; s < set.SentenceCount; s++)
        {
            var first = set.SentenceStarts[s];
            var count = set.SentenceStarts[s + 1] - first;
            var path = Decode(set, first, count, weights);
            if (predicted.Length < count)
            {
                predicted = new ConllTag[count * 2];
            }

            TagConversion.FromBilou(path, scheme, predicted);
            scorer.AddSentence(set.GoldTags.AsSpan(first, count), predicted.AsSpan(0, count));
        }

        return scorer.GetScore();
    }

    private ReadOnlySpan<byte> Decode(TrainingSet set, int first, int count, float[] weights)
    {
        if (_path.Length < count)
        {
            _emissions = new float[count * L];
            _lattice = new float[count * L];
            _path = new byte[count];
        }

        for (var t = 0; t < count; t++)
        {
            var row = _emissions.AsSpan(t * L, L);
            row.Clear();
            for (var k = set.TokenOffsets[first + t]; k < set.TokenOffsets[first + t + 1]; k++)
            {
                var w = weights.AsSpan(set.FeatureIds[k] * L, L);
                for (var y = 0; y < L; y++)
                {
                    row[y] += w[y];
                }
            }
        }

        var path = _path.AsSpan(0, count);
        Viterbi.Decode(_emissions, count, weights.AsSpan(TransitionRow * L, (L + 1) * L), weights.AsSpan(EndRow * L, L), _lattice, path);
        return path;
    }

    /// <summary>
    /// One pass over the training sentences in an order shuffled by <paramref name="random"/>
    /// (seeded by the caller, so runs repeat exactly). A sentence whose best path differs from
    /// gold moves weight from the predicted to the gold labels, token by token and transition by
    /// transition, only where the two disagree; the moves are scaled by the sentence's weight.
    /// </summary>
    public void RunEpoch(TrainingSet set, Random random, Action<int>? sentenceDone, CancellationToken ct)
    {
        var order = new int[set.SentenceCount];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        for (var n = 0; n < order.Length; n++)
        {
            if ((n & 255) == 0)
            {
                ct.ThrowIfCancellationRequested();
                sentenceDone?.Invoke(n);
            }

            var s = order[n];
            var first = set.SentenceStarts[s];
            var count = set.SentenceStarts[s + 1] - first;
            var path = Decode(set, first, count, _weights.Current);
            var unlabelled = set.SentenceUnlabelled[s];
            Update(unlabelled == 0 ? set.Labels.AsSpan(first, count) : PartialGold(set.Labels.AsSpan(first, count), path, unlabelled),
                set, first, count, path, set.SentenceWeights[s]);
            _weights.Tick();
        }

        sentenceDone?.Invoke(order.Length);
    }

    /// <summary>
    /// The gold path with every predicted name of an unlabelled type that lies wholly on gold O
    /// tokens taken as right: the file cannot say it is wrong, so it is not updated against.
    /// </summary>
    private ReadOnlySpan<byte> PartialGold(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> path, byte unlabelled)
    {
        if (_partialGold.Length < gold.Length)
        {
            _partialGold = new byte[gold.Length * 2];
        }

        var result = _partialGold.AsSpan(0, gold.Length);
        gold.CopyTo(result);
        foreach (var (start, end, label) in new DecodedMentions(path))
        {
            if ((unlabelled & (1 << BilouLabel.TypeOf(label))) == 0 || gold[start..(end + 1)].ContainsAnyExcept((byte)BilouLabel.Outside))
            {
                continue;
            }

            path[start..(end + 1)].CopyTo(result[start..]);
        }

        return result;
    }

    private void Update(ReadOnlySpan<byte> gold, TrainingSet set, int first, int count, ReadOnlySpan<byte> path, float weight)
    {
        if (gold.SequenceEqual(path))
        {
            return;
        }

        var previousGold = BilouLabel.Start;
        var previousPredicted = BilouLabel.Start;
        for (var t = 0; t < count; t++)
        {
            int g = gold[t];
            int p = path[t];
            if (g != p)
            {
                for (var k = set.TokenOffsets[first + t]; k < set.TokenOffsets[first + t + 1]; k++)
                {
                    var feature = set.FeatureIds[k];
                    _weights.Add(feature, g, weight);
                    _weights.Add(feature, p, -weight);
                }
            }

            if (g != p || previousGold != previousPredicted)
            {
                _weights.Add(TransitionRow + previousGold, g, weight);
                _weights.Add(TransitionRow + previousPredicted, p, -weight);
            }

            previousGold = g;
            previousPredicted = p;
        }

        if (previousGold != previousPredicted)
        {
            _weights.Add(EndRow, previousGold, weight);
            _weights.Add(EndRow, previousPredicted, -weight);
        }
    }
}
