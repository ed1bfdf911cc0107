using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Document;
using EntityExtract.Tagging.Features;
using EntityExtract.Text.Lexicon;
using EntityExtract.Training.ContextCodes;

namespace EntityExtract.Training;

/// <summary>
/// Sentences of one or more CoNLL corpora turned into dense feature ids, once, so every epoch is
/// pure arithmetic. Token <c>t</c> owns <c>FeatureIds[TokenOffsets[t]..TokenOffsets[t + 1]]</c>;
/// sentence <c>s</c> owns tokens <c>SentenceStarts[s]..SentenceStarts[s + 1]</c>.
/// </summary>
internal sealed class TrainingSet
{
    public required int[] FeatureIds { get; init; }

    public required int[] TokenOffsets { get; init; }

    public required byte[] Labels { get; init; }

    /// <summary>Gold tags as written in the file, for conlleval scoring.</summary>
    public required ConllTag[] GoldTags { get; init; }

    public required int[] SentenceStarts { get; init; }

    /// <summary>Perceptron update scale of each sentence (the weight of its file, 1 by default).</summary>
    public required float[] SentenceWeights { get; init; }

    /// <summary>Types each sentence's file does not annotate (bit per type; see <see cref="TrainingSource.UnlabelledTypes"/>).</summary>
    public required byte[] SentenceUnlabelled { get; init; }

    public int SentenceCount => SentenceStarts.Length - 1;

    public int TokenCount => Labels.Length;

    /// <summary>
    /// Extracts the raw keys of every sentence (cut at the tagger's sentence limit, as at run time).
    /// With <paramref name="firstPassLabels"/> (one array per document), each token also gets the
    /// second pass's document hints computed from those labels, exactly as tagging computes them.
    /// <paramref name="weights"/> (one per document; null for all 1) scales the perceptron updates of its sentences.
    /// </summary>
    public static RawFeatures ExtractKeys(IReadOnlyList<ConllDocument> documents, IReadOnlyList<byte[]>? firstPassLabels, FeatureExtractor extractor, CancellationToken ct,
        IReadOnlyList<float>? weights = null, IReadOnlyList<byte>? unlabelled = null, ContextCodeTable? contextCodes = null)
    {
        var raw = new RawFeatures();
        var scratch = new FeatureScratch();
        var table = new DocumentScratch();
        var hints = Array.Empty<uint>();
        var words = Array.Empty<ulong>();
        for (var d = 0; d < documents.Count; d++)
        {
            ct.ThrowIfCancellationRequested();
            var document = documents[d];
            var useHints = firstPassLabels is not null;
            var codes = contextCodes?.Of(document);
            if (useHints)
            {
                var n = document.Tokens.Length;
                if (hints.Length < n)
                {
                    hints = new uint[n];
                    words = new ulong[n];
                }

                for (var t = 0; t < n; t++)
                {
                    var word = document.Tokens[t].Slice(document.Text);
                    words[t] = DocumentEvidence.WordKey(word, FeatureHash.LowerChars(word[ArabicParticle.PrefixLength(word)..]));
                }

                Tagging.Document.DocumentEvidence.Compute(words.AsSpan(0, n), firstPassLabels![d], hints.AsSpan(0, n), table);
            }

            foreach (var (first, count) in new TaggingWindows(document.Sentences))
            {
                scratch.EnsureTokens(count);
                scratch.SetCodes(codes, contextCodes?.Groups ?? 0, first);
                if (useHints)
                {
                    hints.AsSpan(first, count).CopyTo(scratch.DocumentHints);
                }

                extractor.Extract(document.Text, document.Tokens.AsSpan(first, count), scratch, useHints);
                raw.AddSentence(scratch, count, document.GoldLabels.AsSpan(first, count), document.GoldTags.AsSpan(first, count), weights?[d] ?? 1f, unlabelled?[d] ?? 0);
            }
        }

        return raw;
    }

    /// <summary>Maps keys to ids with <paramref name="vocabulary"/>; keys it does not know are dropped.</summary>
    public static TrainingSet Build(RawFeatures raw, Dictionary<ulong, int> vocabulary)
    {
        var ids = new List<int>(raw.Keys.Count);
        var offsets = new int[raw.TokenOffsets.Count];
        for (var t = 0; t + 1 < raw.TokenOffsets.Count; t++)
        {
            offsets[t] = ids.Count;
            for (var k = raw.TokenOffsets[t]; k < raw.TokenOffsets[t + 1]; k++)
            {
                if (vocabulary.TryGetValue(raw.Keys[k], out var id))
                {
                    ids.Add(id);
                }
            }
        }

        offsets[^1] = ids.Count;
        return new TrainingSet
        {
            FeatureIds = [.. ids],
            TokenOffsets = offsets,
            Labels = [.. raw.Labels],
            GoldTags = [.. raw.GoldTags],
            SentenceStarts = [.. raw.SentenceStarts],
            SentenceWeights = [.. raw.SentenceWeights],
            SentenceUnlabelled = [.. raw.SentenceUnlabelled],
        };
    }

    /// <summary>
    /// Numbers the keys seen at least <paramref name="minCount"/> times, in order of first
    /// appearance (never in hash-table order) so ids, and thus the model, are reproducible.
    /// </summary>
    public static (Dictionary<ulong, int> Vocabulary, ulong[] Keys) BuildVocabulary(RawFeatures raw, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var key in raw.Keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var vocabulary = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        foreach (var key in raw.Keys)
        {
            if (counts[key] >= minCount && vocabulary.TryAdd(key, keys.Count))
            {
                keys.Add(key);
            }
        }

        return (vocabulary, [.. keys]);
    }
}
