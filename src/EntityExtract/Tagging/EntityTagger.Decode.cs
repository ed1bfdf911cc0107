using System.Runtime.Intrinsics;
using EntityExtract.Tagging.Decoding;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tagging;

public sealed partial class EntityTagger
{
    /// <summary>Longer sentences are decoded in pieces of this many tokens, so one run-on "sentence" cannot blow up the lattice.</summary>
    public const int MaxSentenceTokens = 256;

    /// <summary>
    /// Tags a whole document and appends its mentions in offset order. Offsets are UTF-16 indexes
    /// into <paramref name="text"/>; token indexes point into <paramref name="tokens"/>. Apart from
    /// the mentions appended, nothing is allocated once the workspace has grown. A two-pass model
    /// first tags the whole document with its first pass, then decodes every sentence again with
    /// what that pass decided elsewhere in the document as extra evidence.
    /// </summary>
    public void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<SentenceSpan> sentences, TaggerWorkspace workspace, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(mentions);
        PrepareDocument(text, tokens, sentences, workspace);
        foreach (var sentence in sentences)
        {
            for (var first = sentence.FirstToken; first < sentence.EndToken; first += MaxSentenceTokens)
            {
                var count = Math.Min(MaxSentenceTokens, sentence.EndToken - first);
                var path = DecodePiece(text, tokens, first, count, workspace);
                AppendMentions(text, tokens, first, count, path, workspace, mentions);
            }
        }
    }

    /// <summary>Labels of one sentence (at most <see cref="MaxSentenceTokens"/> tokens) by this pass alone; the span lives in the workspace.</summary>
    internal ReadOnlySpan<byte> DecodeSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentenceTokens, TaggerWorkspace workspace, bool useDocumentHints)
    {
        var count = sentenceTokens.Length;
        workspace.EnsureTokens(count);
        Features.Extract(text, sentenceTokens, workspace.Features, useDocumentHints);
        ComputeEmissions(count, workspace);
        var path = workspace.Path.AsSpan(0, count);
        Viterbi.DecodeMasked(workspace.Emissions, count, AllowedTransitions, EndWeights, workspace.Lattice, path);
        return path;
    }

    /// <summary>
    /// Sums the int16 weight rows of each token's features. The first 16 labels go through two
    /// 256-bit integer accumulators (one widening load per row) and the 17th is added on its own;
    /// the scalar loop is kept for hardware without 256-bit vectors.
    /// </summary>
    private void ComputeEmissions(int count, TaggerWorkspace workspace)
    {
        var scratch = workspace.Features;
        var keys = scratch.Keys;
        var offsets = scratch.Offsets;
        var weights = Weights;
        var index = FeatureIndex;
        var vector = Vector256.IsHardwareAccelerated;
        Span<int> sums = stackalloc int[L];
        for (var t = 0; t < count; t++)
        {
            var low = Vector256<int>.Zero;
            var high = Vector256<int>.Zero;
            var last = 0;
            sums.Clear();
            for (var k = offsets[t]; k < offsets[t + 1]; k++)
            {
                var row = index.Find(keys[k]);
                if (row < 0)
                {
                    continue;
                }

                var w = weights.AsSpan(row * L, L);
                if (vector)
                {
                    var (lo, hi) = Vector256.Widen(Vector256.Create<short>(w));
                    low += lo;
                    high += hi;
                    last += w[L - 1];
                }
                else
                {
                    for (var y = 0; y < L; y++)
                    {
                        sums[y] += w[y];
                    }
                }
            }

            if (vector)
            {
                low.CopyTo(sums);
                high.CopyTo(sums[8..]);
                sums[L - 1] = last;
            }

            var emissions = workspace.Emissions.AsSpan(t * L, L);
            for (var y = 0; y < L; y++)
            {
                emissions[y] = sums[y] * WeightScale;
            }
        }
    }
}
