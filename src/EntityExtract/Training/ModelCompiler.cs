using EntityExtract.Tagging;
using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Training;

/// <summary>
/// Turns averaged float weights into the shipped form: emission weights below the prune threshold
/// become zero, rows left all zero are dropped with their keys, and the rest are quantised to int16
/// with one shared scale. Transitions stay float: there are only 323 of them.
/// </summary>
internal static class ModelCompiler
{
    private const int L = BilouLabel.Count;

    public static EntityTagger Compile(FeatureExtractor extractor, ulong[] featureKeys, float[] weights, float pruneThreshold)
    {
        var featureCount = featureKeys.Length;
        var maxAbs = 0f;
        for (var i = 0; i < featureCount * L; i++)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(weights[i]));
        }

        var scale = maxAbs == 0 ? 1f : maxAbs / short.MaxValue;
        var keptKeys = new List<ulong>();
        var kept = new List<short>();
        Span<short> row = stackalloc short[L];
        for (var f = 0; f < featureCount; f++)
        {
            var any = false;
            for (var y = 0; y < L; y++)
            {
                var w = weights[(f * L) + y];
                row[y] = Math.Abs(w) < pruneThreshold ? (short)0 : (short)Math.Clamp(MathF.Round(w / scale), short.MinValue, short.MaxValue);
                any |= row[y] != 0;
            }

            if (any)
            {
                keptKeys.Add(featureKeys[f]);
                foreach (var q in row)
                {
                    kept.Add(q);
                }
            }
        }

        var transitions = weights.AsSpan(featureCount * L, (L + 1) * L).ToArray();
        var end = weights.AsSpan((featureCount + L + 1) * L, L).ToArray();
        return new EntityTagger(extractor, [.. keptKeys], [.. kept], scale, transitions, end);
    }
}
