using System.Numerics;
using System.Runtime.InteropServices;

namespace EntityExtract.Tagging.Contextual;

/// <summary>
/// Turns an encoder vector into a few small codes, one per group: the nearest of the group's
/// centroids (k-means, fitted in training at a few granularities). The tagger's weights are sparse
/// (one row per hashed key), so the codes become keys like any word feature.
/// </summary>
internal sealed class ContextQuantizer
{
    private readonly float[][] _centroids;
    private readonly float[][] _halfNorms;

    /// <param name="centroids">Per group, k × <paramref name="dimensions"/> values, centroid after centroid.</param>
    public ContextQuantizer(int dimensions, float[][] centroids)
    {
        Dimensions = dimensions;
        _centroids = centroids;
        _halfNorms = new float[centroids.Length][];
        for (var g = 0; g < centroids.Length; g++)
        {
            var k = centroids[g].Length / dimensions;
            _halfNorms[g] = new float[k];
            for (var c = 0; c < k; c++)
            {
                var centroid = centroids[g].AsSpan(c * dimensions, dimensions);
                _halfNorms[g][c] = 0.5f * Dot(centroid, centroid);
            }
        }
    }

    public int Dimensions { get; }

    public int Groups => _centroids.Length;

    public int CentroidCount(int group) => _centroids[group].Length / Dimensions;

    public ReadOnlySpan<float> Centroids(int group) => _centroids[group];

    /// <summary>Writes the code of each group (the nearest centroid; the lowest index on ties) to <paramref name="codes"/>.</summary>
    public void Quantize(ReadOnlySpan<float> vector, Span<int> codes)
    {
        for (var g = 0; g < _centroids.Length; g++)
        {
            codes[g] = Nearest(vector, _centroids[g], _halfNorms[g]);
        }
    }

    /// <summary>The centroid of least distance: the greatest v·c − |c|²/2.</summary>
    internal int Nearest(ReadOnlySpan<float> vector, ReadOnlySpan<float> centroids, ReadOnlySpan<float> halfNorms)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < halfNorms.Length; c++)
        {
            var score = Dot(vector, centroids.Slice(c * Dimensions, Dimensions)) - halfNorms[c];
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }

    internal float[] HalfNorms(int group) => _halfNorms[group];

    /// <summary>A dot product whose summing order is fixed by the length alone, so codes are the same on every run.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        var sum = Vector<float>.Zero;
        for (var i = 0; i < va.Length; i++)
        {
            sum += va[i] * vb[i];
        }

        var total = Vector.Sum(sum);
        for (var i = va.Length * Vector<float>.Count; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
