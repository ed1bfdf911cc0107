using System.Runtime.InteropServices;
using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Contextual;
using EntityExtract.Tagging.Decoding;
using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tagging.Memory;
using EntityExtract.Tagging.Model;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Tagging;

/// <summary>
/// Finds PER, LOC, ORG and MISC mentions with an averaged structured perceptron over BILOU labels
/// and constrained Viterbi decoding. A model is a handful of flat arrays (hashed feature keys,
/// int16 weights, transition scores, compiled gazetteer and cluster tables, confidence
/// calibration). An instance is immutable and can be shared by any number of threads; each
/// thread brings its own <see cref="TaggerWorkspace"/>.
/// </summary>
public sealed partial class EntityTagger
{
    private const int L = BilouLabel.Count;

    private static readonly Lazy<EntityTagger> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);


    /// <param name="featureIndex">Feature key to row of <paramref name="weights"/>; for a two-pass model also to the first pass's rows.</param>
    internal EntityTagger(FeatureExtractor features, KeyIndex featureIndex, ModelBlock<short> weights, float weightScale,
        float[] transitions, float[] endWeights, ConfidenceCalibration calibration, ModelInfo info, EntityTagger? firstPass = null, ContextCoder? contextual = null)
    {
        if (weights.Length % L != 0)
        {
            throw new ArgumentException("Weights come in rows of one per label.", nameof(weights));
        }

        FirstPass = firstPass;
        Contextual = contextual;
        Features = features;
        FeatureIndex = featureIndex;
        Weights = weights;
        WeightScale = weightScale;
        Transitions = transitions;
        EndWeights = endWeights;
        Calibration = calibration;
        Info = info;
        Potentials = new LatticePotentials(transitions, endWeights, calibration.Temperature);
        AllowedTransitions = new float[Viterbi.MaskedLength];
        Viterbi.Mask(transitions, AllowedTransitions);
    }

    /// <summary>A one-pass tagger of the weight rows of <paramref name="featureKeys"/> (as training makes them).</summary>
    internal EntityTagger(FeatureExtractor features, ulong[] featureKeys, short[] weights, float weightScale, float[] transitions, float[] endWeights)
        : this(features, KeyIndex.Build(featureKeys), ModelBlock<short>.Copy(weights), weightScale, transitions, endWeights, ConfidenceCalibration.Identity, new ModelInfo())
    {
    }

    /// <summary>The manifest resource name of the embedded model (the build's <c>EmbedDefaultModel</c> target gives it).</summary>
    internal const string EmbeddedModelResource = "EntityExtract.Tagging.Resources.default-model.bin";

    /// <summary>The model embedded in the library, loaded on first use (thread-safe).</summary>
    public static EntityTagger Default => s_default.Value;

    private static readonly Lazy<EntityTagger> s_accurate = new(LoadAccurate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The manifest resource name of the embedded accurate model (a zip archive with its contextual centroids).</summary>
    internal const string AccurateModelResource = "EntityExtract.Tagging.Resources.accurate-model.zip";

    /// <summary>
    /// The accurate model (<c>--accurate</c>), loaded on first use: the embedded archive's tagger
    /// with the contextual encoder, which opens when it first tags. Nothing of it is read unless asked for.
    /// </summary>
    public static EntityTagger Accurate => s_accurate.Value;

    private static EntityTagger LoadAccurate()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(AccurateModelResource)
            ?? throw new ModelFormatException($"The accurate model '{AccurateModelResource}' is missing from the EntityExtract assembly; rebuild it with Training/rebuild-accurate-model.sh.");
        return ModelArchive.Read(stream);
    }

    public ModelInfo Info { get; }

    internal FeatureExtractor Features { get; }

    /// <summary>Feature key to weight row; for a two-pass model the one map of both passes (<see cref="KeyIndex.Find(ulong, out int)"/>).</summary>
    internal KeyIndex FeatureIndex { get; }

    /// <summary>Quantised emission weights, 17 per feature row: real weight = value * <see cref="WeightScale"/>.</summary>
    internal ModelBlock<short> Weights { get; }

    /// <summary>Feature rows (of 17 weights each).</summary>
    internal int RowCount => Weights.Length / L;

    /// <summary>The feature key of each weight row, in row order.</summary>
    internal ulong[] FeatureKeys() => FeatureIndex.RowKeys(RowCount);

    internal float WeightScale { get; }

    /// <summary>Transition scores by [previous * 17 + label], row 17 being the sentence start.</summary>
    internal float[] Transitions { get; }

    internal float[] EndWeights { get; }

    /// <summary><see cref="Transitions"/> with forbidden pairs at -inf, for <see cref="Viterbi.DecodeMasked"/>.</summary>
    internal float[] AllowedTransitions { get; }

    /// <summary>Exponentiated transitions at the calibrated temperature, for the confidence lattice.</summary>
    internal LatticePotentials Potentials { get; }

    internal ConfidenceCalibration Calibration { get; }

    /// <summary>
    /// The first pass of a two-pass model (same feature extractor, no document hints), whose labels
    /// for the whole document feed this model's document-level features; null for a one-pass model.
    /// </summary>
    internal EntityTagger? FirstPass { get; }

    /// <summary>
    /// The encoder and quantiser whose codes an accurate model's features read (<c>--accurate</c>);
    /// null for the default model, which then never touches the encoder.
    /// </summary>
    internal ContextCoder? Contextual { get; }

    /// <summary>Whether the model tags with contextual codes from the encoder (slower: see the README on <c>--accurate</c>).</summary>
    public bool IsContextual => Contextual is not null;

    /// <summary>This model with <paramref name="contextual"/> attached to it.</summary>
    internal EntityTagger WithContextual(ContextCoder contextual) =>
        new(Features, FeatureIndex, Weights, WeightScale, Transitions, EndWeights, Calibration, Info, FirstPass, contextual);

    public TaggerWorkspace CreateWorkspace() => new();

    private static EntityTagger LoadEmbedded()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(EmbeddedModelResource)
            ?? throw new ModelFormatException($"The embedded model '{EmbeddedModelResource}' is missing from the EntityExtract assembly; rebuild it with Training/rebuild-model.sh.");
        return ModelReader.ReadEmbedded(stream);
    }

    /// <summary>
    /// Tags a whole document and appends its mentions in offset order. Offsets are UTF-16 indexes
    /// into <paramref name="text"/>; token indexes point into <paramref name="tokens"/>. Apart from
    /// the mentions appended, nothing is allocated once the workspace has grown. A two-pass model
    /// first tags the whole document with its first pass, then decodes every sentence again with
    /// what that pass decided elsewhere in the document as extra evidence, article by article:
    /// <paramref name="articleStarts"/> receives the first token of every article after the first
    /// (<see cref="ArticleBoundary"/>), for the stages that follow to cut at the same places.
    /// </summary>
    public void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<SentenceSpan> sentences, TaggerWorkspace workspace, List<Mention> mentions, List<int> articleStarts)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(mentions);
        ArticleBoundary.Find(text, tokens, sentences, articleStarts);
        if (Contextual is not null)
        {
            Contextual.Encode(text, tokens, sentences, workspace.PrepareContextCodes(tokens.Length, Contextual.Groups));
        }

        PrepareDocument(text, tokens, sentences, CollectionsMarshal.AsSpan(articleStarts), workspace);
        foreach (var (first, count) in new TaggingWindows(sentences))
        {
            var path = DecodeWindow(text, tokens, first, count, workspace);
            AppendMentions(text, tokens, first, count, path, workspace, mentions);
        }
    }

    /// <summary>
    /// Labels of one sentence (at most <see cref="TaggingWindows.MaxTokens"/> tokens, the first of
    /// them token <paramref name="first"/> of the document) by this pass alone; the span lives in the workspace.
    /// </summary>
    internal ReadOnlySpan<byte> DecodeSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentenceTokens, int first, TaggerWorkspace workspace, bool useDocumentHints)
    {
        var count = sentenceTokens.Length;
        workspace.Lattice.EnsureTokens(count);
        workspace.SetWindowCodes(first);
        Features.Extract(text, sentenceTokens, workspace.Features, useDocumentHints);
        ComputeEmissions(count, workspace);
        return workspace.Lattice.Decode(count, AllowedTransitions, EndWeights);
    }

    /// <summary>Sums the weight rows of each token's features (<see cref="WeightRows"/>) into its emissions.</summary>
    private void ComputeEmissions(int count, TaggerWorkspace workspace)
    {
        var scratch = workspace.Features;
        var keys = scratch.Keys;
        var offsets = scratch.Offsets;
        var weights = Weights.Span;
        var index = FeatureIndex;
        Span<int> sums = stackalloc int[L];
        for (var t = 0; t < count; t++)
        {
            sums.Clear();
            for (var k = offsets[t]; k < offsets[t + 1]; k++)
            {
                var row = index.Find(keys[k]);
                if (row >= 0)
                {
                    WeightRows.Add(weights.Slice(row * L, L), sums);
                }
            }

            workspace.Lattice.SetEmissions(t, sums, WeightScale);
        }
    }

    /// <summary>
    /// Turns a decoded path into mentions, less those <see cref="MentionFilter"/> rejects and less the
    /// titles it finds at the start of a PERSON mention. Each mention's confidence is the probability, under the
    /// perceptron scores divided by the dev-fitted temperature, that its tokens carry exactly the
    /// decoded labels (forward–backward), passed through the dev-fitted isotonic map. Forward–backward
    /// runs only for sentences that have a mention.
    /// </summary>
    private void AppendMentions(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int count, ReadOnlySpan<byte> path, TaggerWorkspace workspace, List<Mention> mentions)
    {
        var lattice = false;
        foreach (var (decodedStart, end, label) in new DecodedMentions(path[..count]))
        {
            var type = (EntityType)BilouLabel.TypeOf(label);
            var start = decodedStart;
            if (type == EntityType.Person)
            {
                start += MentionFilter.LeadingTitles(text, tokens.Slice(first + start, end - start + 1));
            }

            var hint = FirstPass is null ? 0u : workspace.DocumentTokens.Hint(first + start);
            var before = first + start > 0 ? tokens[first + start - 1].Slice(text) : [];
            var after = first + end + 1 < tokens.Length ? tokens[first + end + 1].Slice(text) : [];
            if (!MentionFilter.Keeps(text[tokens[first + start].Start..tokens[first + end].End], type, end - start + 1, hint, before, after))
            {
                continue;
            }

            if (!lattice)
            {
                workspace.Lattice.RunForwardBackward(count, Calibration.Temperature, Potentials);
                lattice = true;
            }

            // The confidence is the decoder's, for the span it decoded (title included).
            var raw = workspace.Lattice.SpanProbability(path, decodedStart, end, Potentials.Transitions);
            var firstToken = tokens[first + start];
            var lastToken = tokens[first + end];
            mentions.Add(new Mention(firstToken.Start, lastToken.End, first + start, end - start + 1, type, Calibration.Apply(raw)));
        }
    }

    /// <summary>Raw (uncalibrated) marginals of the mentions of a decoded sentence, for fitting the calibration.</summary>
    internal void RawMentionMarginals(int count, ReadOnlySpan<byte> path, float temperature, TaggerWorkspace workspace, List<(int Start, int End, int Label, double Raw)> output)
    {
        var potentials = new LatticePotentials(Transitions, EndWeights, temperature);
        workspace.Lattice.RunForwardBackward(count, temperature, potentials);
        foreach (var (start, end, label) in new DecodedMentions(path[..count]))
        {
            var raw = workspace.Lattice.SpanProbability(path, start, end, potentials.Transitions);
            output.Add((start, end, label, raw));
        }
    }

    /// <summary>Loads a model; throws <see cref="ModelFormatException"/> for anything that is not a readable model of a supported version.</summary>
    public static EntityTagger Load(Stream modelStream) => ModelReader.Read(modelStream);

    public static EntityTagger Load(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Load(stream);
    }

    /// <summary>Writes the model; the same model always produces the same bytes.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ModelWriter.Write(this, output);
    }
}
