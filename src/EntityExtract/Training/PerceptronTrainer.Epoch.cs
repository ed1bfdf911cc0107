using EntityExtract.Tagging.Labels;

namespace EntityExtract.Training;

internal sealed partial class PerceptronTrainer
{
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
