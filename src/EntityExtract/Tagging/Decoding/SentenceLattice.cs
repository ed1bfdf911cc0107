using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Decoding;

/// <summary>
/// The scores of the sentence piece being tagged and what decoding makes of them: the emissions,
/// Viterbi's best scores and path, and forward–backward's tables, each [token * 17 + label] or per
/// token. These arrays are written and read here only. One per workspace; it grows to the longest
/// piece seen and then stops allocating.
/// </summary>
internal sealed class SentenceLattice
{
    private const int L = BilouLabel.Count;

    private float[] _emissions = new float[64 * L];
    private float[] _best = new float[64 * L];
    private byte[] _path = new byte[64];
    private double[] _expEmissions = new double[64 * L];
    private double[] _alpha = new double[64 * L];
    private double[] _beta = new double[64 * L];
    private double[] _scale = new double[64];

    /// <summary>The emissions of the first <paramref name="count"/> tokens, [token * 17 + label].</summary>
    public ReadOnlySpan<float> Emissions(int count) => _emissions.AsSpan(0, count * L);

    public void EnsureTokens(int count)
    {
        if (_path.Length >= count)
        {
            return;
        }

        // The array the check reads is replaced last, so an allocation that fails (out of memory)
        // leaves it small and the next call grows everything again.
        var size = Math.Max(count, _path.Length * 2);
        _emissions = new float[size * L];
        _best = new float[size * L];
        _expEmissions = new double[size * L];
        _alpha = new double[size * L];
        _beta = new double[size * L];
        _scale = new double[size];
        _path = new byte[size];
    }

    /// <summary>
    /// Token <paramref name="t"/>'s emissions from its 17 sums of int16 weights: the one place
    /// where sums become scores (real weight = stored value * <paramref name="weightScale"/>).
    /// </summary>
    public void SetEmissions(int t, ReadOnlySpan<int> sums, float weightScale)
    {
        var emissions = _emissions.AsSpan(t * L, L);
        for (var y = 0; y < L; y++)
        {
            emissions[y] = sums[y] * weightScale;
        }
    }

    /// <summary>Emissions kept from an earlier decode (calibration fits on them again and again).</summary>
    public void SetEmissions(ReadOnlySpan<float> emissions)
    {
        EnsureTokens(emissions.Length / L);
        emissions.CopyTo(_emissions);
    }

    /// <summary>The best path of the first <paramref name="count"/> tokens; the span lives here until the next decode.</summary>
    public ReadOnlySpan<byte> Decode(int count, ReadOnlySpan<float> allowedTransitions, ReadOnlySpan<float> endWeights)
    {
        var path = _path.AsSpan(0, count);
        Viterbi.DecodeMasked(_emissions, count, allowedTransitions, endWeights, _best, path);
        return path;
    }

    /// <summary>Fills the forward–backward tables of the first <paramref name="count"/> tokens, for <see cref="SpanProbability"/>.</summary>
    public void RunForwardBackward(int count, float temperature, LatticePotentials potentials) =>
        ForwardBackward.Run(_emissions, count, temperature, potentials, _expEmissions, _alpha, _beta, _scale);

    /// <summary>Probability that tokens <paramref name="first"/>..<paramref name="last"/> carry exactly <paramref name="path"/>'s labels, after <see cref="RunForwardBackward"/>.</summary>
    public double SpanProbability(ReadOnlySpan<byte> path, int first, int last, ReadOnlySpan<float> transitions) =>
        ForwardBackward.SpanProbability(path, first, last, transitions, _expEmissions, _alpha, _beta, _scale);
}
