using EntityExtract.Evaluation;
using EntityExtract.Tagging.Decoding;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Training;

/// <summary>
/// Averaged structured perceptron over dense feature ids. Weight rows 0..F-1 are features; the
/// 18 rows after them are transitions from each label and from the sentence start, and the last
/// row scores ending a sentence on each label, so one averaging scheme covers everything.
/// </summary>
internal sealed partial class PerceptronTrainer
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
}
