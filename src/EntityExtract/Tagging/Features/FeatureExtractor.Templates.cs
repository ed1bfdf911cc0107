using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tagging.Features;

internal sealed partial class FeatureExtractor
{
    private static readonly int[] s_clusterPrefixes = [4, 6, 10, 20];

    /// <summary>
    /// Emits the keys of token <paramref name="i"/>: its own word, affixes and shape, a ±2 window,
    /// gazetteer and cluster evidence; only those of the roles in <see cref="FeatureScratch.EmitRoles"/>
    /// are kept. The order of the keys is part of training (float sums), so roles are skipped in
    /// place; the costly groups are not even hashed when their role is not wanted.
    /// </summary>
    public void EmitToken(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool headline, FeatureScratch s, bool useDocumentHints)
    {
        var infos = s.Infos;
        var count = tokens.Length;
        ref readonly var t = ref infos[i];
        var word = tokens[i].Slice(text);

        if (s.EmitRoles.Has(KeyRole.Self))
        {
            s.AddKey(FeatureHash.Key(FeatureTemplate.Bias, 0), KeyRole.Self);
            s.AddKey(FeatureHash.Key(FeatureTemplate.Word, t.Word), KeyRole.Self);
            s.AddKey(FeatureHash.Key(FeatureTemplate.Lower, t.Lower), KeyRole.Self);
            for (var k = 1; k <= 4 && k <= word.Length; k++)
            {
                s.AddKey(FeatureHash.Key(FeatureTemplate.Prefix, FeatureHash.LowerChars(word[..k]), (ulong)k), KeyRole.Self);
                s.AddKey(FeatureHash.Key(FeatureTemplate.Suffix, FeatureHash.LowerChars(word[^k..]), (ulong)k), KeyRole.Self);
            }

            s.AddKey(FeatureHash.Key(FeatureTemplate.Shape, t.Shape), KeyRole.Self);
            s.AddKey(FeatureHash.Key(FeatureTemplate.ShortShape, t.ShortShape), KeyRole.Self);
            s.AddKey(FeatureHash.Key(FeatureTemplate.Flags, (ulong)t.Flags), KeyRole.Self);
        }

        var lowerPrev1 = i > 0 ? infos[i - 1].Lower : FeatureHash.Boundary;
        var lowerNext1 = i + 1 < count ? infos[i + 1].Lower : FeatureHash.Boundary;
        var lowerPrev2 = i > 1 ? infos[i - 2].Lower : FeatureHash.Boundary;
        var lowerNext2 = i + 2 < count ? infos[i + 2].Lower : FeatureHash.Boundary;
        var shapePrev1 = i > 0 ? infos[i - 1].ShortShape : FeatureHash.Boundary;
        var shapeNext1 = i + 1 < count ? infos[i + 1].ShortShape : FeatureHash.Boundary;
        var shapePrev2 = i > 1 ? infos[i - 2].ShortShape : FeatureHash.Boundary;
        var shapeNext2 = i + 2 < count ? infos[i + 2].ShortShape : FeatureHash.Boundary;
        if (s.EmitRoles.HasAny(KeyRoles.Window))
        {
            s.AddKey(FeatureHash.Key(FeatureTemplate.LowerPrev1, lowerPrev1), KeyRole.Prev1);
            s.AddKey(FeatureHash.Key(FeatureTemplate.LowerNext1, lowerNext1), KeyRole.Next1);
            s.AddKey(FeatureHash.Key(FeatureTemplate.LowerPrev2, lowerPrev2), KeyRole.Prev2);
            s.AddKey(FeatureHash.Key(FeatureTemplate.LowerNext2, lowerNext2), KeyRole.Next2);
            s.AddKey(FeatureHash.Key(FeatureTemplate.WordPrev1, i > 0 ? infos[i - 1].Word : FeatureHash.Boundary), KeyRole.Prev1);
            s.AddKey(FeatureHash.Key(FeatureTemplate.WordNext1, i + 1 < count ? infos[i + 1].Word : FeatureHash.Boundary), KeyRole.Next1);
            s.AddKey(FeatureHash.Key(FeatureTemplate.ShapePrev1, shapePrev1), KeyRole.Prev1);
            s.AddKey(FeatureHash.Key(FeatureTemplate.ShapeNext1, shapeNext1), KeyRole.Next1);
            s.AddKey(FeatureHash.Key(FeatureTemplate.ShapePrev2, shapePrev2), KeyRole.Prev2);
            s.AddKey(FeatureHash.Key(FeatureTemplate.ShapeNext2, shapeNext2), KeyRole.Next2);
        }

        s.AddKey(FeatureHash.Key(FeatureTemplate.LowerPrevAndLower, lowerPrev1, t.Lower), KeyRole.Context);
        s.AddKey(FeatureHash.Key(FeatureTemplate.LowerAndLowerNext, t.Lower, lowerNext1), KeyRole.Context);
        s.AddKey(FeatureHash.Key(FeatureTemplate.ShapeTrigram, shapePrev1, t.ShortShape, shapeNext1), KeyRole.Context);
        s.AddKey(FeatureHash.Key(FeatureTemplate.ShapePrevAndLower, shapePrev1, t.Lower), KeyRole.Context);
        s.AddKey(FeatureHash.Key(FeatureTemplate.LowerAndShapeNext, t.Lower, shapeNext1), KeyRole.Context);
        if (t.HasParticle)
        {
            s.AddKey(FeatureHash.Key(FeatureTemplate.ParticleStem, t.Stem), KeyRole.Self);
            s.AddKey(FeatureHash.Key(FeatureTemplate.ParticleStem, 0), KeyRole.Self);
        }

        if (i == 0)
        {
            s.AddKey(FeatureHash.Key(FeatureTemplate.SentenceStart, t.ShortShape), KeyRole.Context);
        }

        if (headline)
        {
            // All-caps headlines make case useless; let the word and its shape speak under their own weights.
            s.AddKey(FeatureHash.Key(FeatureTemplate.Headline, t.ShortShape), KeyRole.Context);
            s.AddKey(FeatureHash.Key(FeatureTemplate.Headline, t.Lower, 1), KeyRole.Context);
        }

        if (s.EmitRoles.Has(KeyRole.Context))
        {
            EmitGazetteer(i, count, t.Flags, s);
        }

        EmitClusters(i, count, s);
        if (s.CodeGroups > 0)
        {
            EmitContextCodes(i, count, t.Flags, t.Lower, s);
        }

        if (useDocumentHints && s.DocumentHints[i] != 0)
        {
            EmitDocumentHints(s.DocumentHints[i], t.ShortShape, s);
        }
    }

    /// <summary>The most keys <see cref="DocumentHintKeys"/> writes for one token.</summary>
    public const int MaxDocumentHintKeys = 5;

    private static void EmitDocumentHints(uint hint, ulong shortShape, FeatureScratch s)
    {
        Span<ulong> keys = stackalloc ulong[MaxDocumentHintKeys];
        foreach (var key in keys[..DocumentHintKeys(hint, shortShape, keys)])
        {
            s.AddKey(key, KeyRole.Context);
        }
    }

    /// <summary>
    /// Second-pass evidence: the first pass's own label, the word's majority in the document and the
    /// longest name containing it. Also used on its own by the second pass, which reuses the
    /// first pass's keys and only adds these.
    /// </summary>
    /// <returns>How many keys were written to <paramref name="keys"/> (at most <see cref="MaxDocumentHintKeys"/>).</returns>
    public static int DocumentHintKeys(uint hint, ulong shortShape, Span<ulong> keys)
    {
        var self = (ulong)DocumentHint.Self(hint);
        var majority = (ulong)DocumentHint.Majority(hint);
        var entity = (ulong)DocumentHint.EntityMajority(hint);
        keys[0] = FeatureHash.Key(FeatureTemplate.DocumentLabel, 1, self);
        keys[1] = FeatureHash.Key(FeatureTemplate.DocumentLabel, 2, majority, entity);
        keys[2] = FeatureHash.Key(FeatureTemplate.DocumentLabel, 3, entity, shortShape);
        keys[3] = FeatureHash.Key(FeatureTemplate.DocumentLabel, 4, self, entity);
        var longer = DocumentHint.Longer(hint);
        if (longer == 0)
        {
            return 4;
        }

        keys[4] = FeatureHash.Key(FeatureTemplate.DocumentLabel, 5, (ulong)longer);
        return 5;
    }

    private void EmitGazetteer(int i, int count, TokenFlags flags, FeatureScratch s)
    {
        if (Gazetteer is null)
        {
            return;
        }

        // Only lists matched at the token or a neighbour can emit anything; visiting them in
        // ascending order keeps the keys in the order of a scan over every list.
        var masks = s.ListMasks;
        var lists = masks[i] | (i > 0 ? masks[i - 1] : 0) | (i + 1 < count ? masks[i + 1] : 0);
        var capitalised = (ulong)(flags & TokenFlags.FirstUpper);
        while (lists != 0)
        {
            var list = System.Numerics.BitOperations.TrailingZeroCount(lists);
            lists &= lists - 1;
            var position = s.ListPositions[(i * Gazetteer.MaxLists) + list];
            if (position != 0)
            {
                var code = (ulong)((list * 8) + position);
                s.AddKey(FeatureHash.Key(FeatureTemplate.Gazetteer, code), KeyRole.Context);
                s.AddKey(FeatureHash.Key(FeatureTemplate.GazetteerCased, code, capitalised), KeyRole.Context);
            }

            if (i > 0 && s.ListPositions[((i - 1) * Gazetteer.MaxLists) + list] != 0)
            {
                s.AddKey(FeatureHash.Key(FeatureTemplate.GazetteerPrev, (ulong)((list * 8) + s.ListPositions[((i - 1) * Gazetteer.MaxLists) + list])), KeyRole.Context);
            }

            if (i + 1 < count && s.ListPositions[((i + 1) * Gazetteer.MaxLists) + list] != 0)
            {
                s.AddKey(FeatureHash.Key(FeatureTemplate.GazetteerNext, (ulong)((list * 8) + s.ListPositions[((i + 1) * Gazetteer.MaxLists) + list])), KeyRole.Context);
            }
        }
    }

    /// <summary>
    /// The contextual codes of the token and its neighbours (±1 in every group, ±2 in the two
    /// coarsest), the token's own codes with its capitalisation, which the uncased encoder
    /// cannot see, and its word with its code of the middle group. Context keys: a code depends on the sentence, not on one word.
    /// </summary>
    private static void EmitContextCodes(int i, int count, TokenFlags flags, ulong lower, FeatureScratch s)
    {
        var groups = s.CodeGroups;
        var codes = s.Codes.AsSpan(s.CodeStart);
        var capitalised = (ulong)(flags & TokenFlags.FirstUpper);
        for (var g = 0; g < groups; g++)
        {
            var group = (ulong)g;
            var self = (ulong)codes[(i * groups) + g];
            s.AddKey(FeatureHash.Key(FeatureTemplate.ContextCode, group, self), KeyRole.Context);
            s.AddKey(FeatureHash.Key(FeatureTemplate.ContextCodeCased, group, self, capitalised), KeyRole.Context);
            s.AddKey(FeatureHash.Key(FeatureTemplate.ContextCodePrev1, group, i > 0 ? (ulong)codes[((i - 1) * groups) + g] : FeatureHash.Boundary), KeyRole.Context);
            s.AddKey(FeatureHash.Key(FeatureTemplate.ContextCodeNext1, group, i + 1 < count ? (ulong)codes[((i + 1) * groups) + g] : FeatureHash.Boundary), KeyRole.Context);
            if (g == 1)
            {
                // The word in its context: which sense of "bank" or "Jordan" this is.
                s.AddKey(FeatureHash.Key(FeatureTemplate.ContextCodeWord, self, lower), KeyRole.Context);
            }

            if (g < 2)
            {
                s.AddKey(FeatureHash.Key(FeatureTemplate.ContextCodePrev2, group, i > 1 ? (ulong)codes[((i - 2) * groups) + g] : FeatureHash.Boundary), KeyRole.Context);
                s.AddKey(FeatureHash.Key(FeatureTemplate.ContextCodeNext2, group, i + 2 < count ? (ulong)codes[((i + 2) * groups) + g] : FeatureHash.Boundary), KeyRole.Context);
            }
        }
    }

    private void EmitClusters(int i, int count, FeatureScratch s)
    {
        if (Clusters is null)
        {
            return;
        }

        if (s.EmitRoles.Has(KeyRole.Self))
        {
            EmitClusterPrefixes(FeatureTemplate.Cluster, KeyRole.Self, s.Infos[i], s);
        }

        if (i > 0 && s.EmitRoles.Has(KeyRole.Prev1))
        {
            EmitClusterPrefixes(FeatureTemplate.ClusterPrev, KeyRole.Prev1, s.Infos[i - 1], s);
        }

        if (i + 1 < count && s.EmitRoles.Has(KeyRole.Next1))
        {
            EmitClusterPrefixes(FeatureTemplate.ClusterNext, KeyRole.Next1, s.Infos[i + 1], s);
        }
    }

    private static void EmitClusterPrefixes(FeatureTemplate template, KeyRole role, in TokenInfo info, FeatureScratch s)
    {
        if (info.ClusterLength == 0)
        {
            return;
        }

        foreach (var prefix in s_clusterPrefixes)
        {
            // A path shorter than the prefix length is used whole, as is usual for Brown clusters.
            var length = Math.Min(prefix, (int)info.ClusterLength);
            var bits = info.ClusterBits >> (ClusterTable.MaxPathBits - length);
            s.AddKey(FeatureHash.Key(template, bits, (ulong)((prefix << 8) | length)), role);
            if (length < prefix)
            {
                break;
            }
        }
    }
}
