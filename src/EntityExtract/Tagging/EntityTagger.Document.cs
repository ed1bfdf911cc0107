using System.Runtime.InteropServices;
using EntityExtract.Tagging.Document;
using EntityExtract.Tagging.Features;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tagging;

/// <summary>
/// The two-pass document path. The second pass's features are the first pass's plus a few
/// document keys, so features are extracted once: while the first pass scores a sentence, the
/// same lookup (<see cref="KeyIndex.Find(ulong, out int)"/>) also yields each key's second-pass row, and the
/// second-pass sums of those rows are kept per token (<see cref="ScoreBothPasses"/>). The second
/// pass then only adds the sums of its document keys, kept per (hint, shape) in
/// <see cref="HintSumCache"/>. Integer sums do not depend on order, so the scores equal those of
/// extracting and scoring each pass on its own (<see cref="DecodeSentence"/>), which tests check.
/// </summary>
public sealed partial class EntityTagger
{
    /// <summary><see cref="PrepareDocument(ReadOnlySpan{char}, ReadOnlySpan{Token}, ReadOnlySpan{SentenceSpan}, ReadOnlySpan{int}, TaggerWorkspace)"/>, finding the articles first (training and calibration).</summary>
    internal void PrepareDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<SentenceSpan> sentences, TaggerWorkspace workspace)
    {
        var articleStarts = new List<int>();
        ArticleBoundary.Find(text, tokens, sentences, articleStarts);
        PrepareDocument(text, tokens, sentences, CollectionsMarshal.AsSpan(articleStarts), workspace);
    }

    /// <summary>
    /// For a two-pass model, runs the first pass over the document and computes each token's
    /// document hint, article by article (<paramref name="articleStarts"/>: the first token of
    /// each article after the first); otherwise does nothing.
    /// </summary>
    internal void PrepareDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<SentenceSpan> sentences, ReadOnlySpan<int> articleStarts, TaggerWorkspace workspace)
    {
        if (FirstPass is null)
        {
            return;
        }

        var document = workspace.DocumentTokens;
        document.EnsureTokens(tokens.Length);
        foreach (var (first, count) in new TaggingWindows(sentences))
        {
            workspace.Lattice.EnsureTokens(count);
            ScoreBothPasses(text, tokens.Slice(first, count), first, workspace);
            document.SetLabels(first, workspace.Lattice.Decode(count, FirstPass.AllowedTransitions, FirstPass.EndWeights));
            var infos = workspace.Features.Infos;
            for (var i = 0; i < count; i++)
            {
                document.SetWord(first + i, DocumentEvidence.WordKey(tokens[first + i].Slice(text), infos[i].Stem), infos[i].ShortShape);
            }
        }

        // Evidence is gathered per article (ArticleBoundary), never across articles of one piece.
        var articleStart = 0;
        foreach (var next in articleStarts)
        {
            document.ComputeHints(articleStart, next);
            articleStart = next;
        }

        document.ComputeHints(articleStart, tokens.Length);
    }

    /// <summary>Labels of tokens <paramref name="first"/>.. of a document (at most <see cref="TaggingWindows.MaxTokens"/>), after <c>PrepareDocument</c>.</summary>
    internal ReadOnlySpan<byte> DecodeWindow(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int count, TaggerWorkspace workspace)
    {
        if (FirstPass is null)
        {
            return DecodeSentence(text, tokens.Slice(first, count), first, workspace, useDocumentHints: false);
        }

        workspace.Lattice.EnsureTokens(count);
        ScoreSecondPass(first, count, workspace);
        return workspace.Lattice.Decode(count, AllowedTransitions, EndWeights);
    }

    /// <summary>Second-pass emissions of a window: the sums kept by <see cref="ScoreBothPasses"/> plus the sums of the token's document keys.</summary>
    private void ScoreSecondPass(int first, int count, TaggerWorkspace workspace)
    {
        var hints = workspace.HintSums;
        hints.Use(this);
        var document = workspace.DocumentTokens;
        Span<int> sums = stackalloc int[L];
        for (var t = 0; t < count; t++)
        {
            document.SecondPassSums(first + t).CopyTo(sums);
            var hint = document.Hint(first + t);
            if (hint != 0)
            {
                WeightRows.AddSums(HintSums(hint, document.Shape(first + t), hints), sums);
            }

            workspace.Lattice.SetEmissions(t, sums, WeightScale);
        }
    }

    /// <summary>The second pass's 17 sums of the document keys of a (hint, shape) pair, from the cache or looked up and kept.</summary>
    private ReadOnlySpan<int> HintSums(uint hint, ulong shortShape, HintSumCache hints)
    {
        var entry = hints.Entry(hint, shortShape, out var found);
        var sums = hints.Sums.AsSpan(entry * L, L);
        if (!found)
        {
            Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxDocumentHintKeys];
            sums.Clear();
            foreach (var key in keys[..FeatureExtractor.DocumentHintKeys(hint, shortShape, keys)])
            {
                var row = FeatureIndex.Find(key);
                if (row >= 0)
                {
                    WeightRows.Add(Weights.Span.Slice(row * L, L), sums);
                }
            }
        }

        return sums;
    }
}
