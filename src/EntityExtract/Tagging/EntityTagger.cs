using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Decoding;
using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;

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


    internal EntityTagger(FeatureExtractor features, ulong[] featureKeys, short[] weights, float weightScale,
        float[] transitions, float[] endWeights, ConfidenceCalibration calibration, ModelInfo info, EntityTagger? firstPass = null)
    {
        FirstPass = firstPass;
        Features = features;
        FeatureKeys = featureKeys;
        FeatureIndex = new KeyIndex(featureKeys);
        Weights = weights;
        WeightScale = weightScale;
        Transitions = transitions;
        EndWeights = endWeights;
        Calibration = calibration;
        Info = info;
        _passIndex = firstPass is null ? null : new PassKeyIndex(featureKeys, FeatureIndex, firstPass.FeatureKeys);
        Potentials = new LatticePotentials(transitions, endWeights, calibration.Temperature);
        AllowedTransitions = new float[Viterbi.MaskedLength];
        Viterbi.Mask(transitions, AllowedTransitions);
    }

    /// <summary>The model embedded in the library, loaded on first use (thread-safe).</summary>
    public static EntityTagger Default => s_default.Value;

    public ModelInfo Info { get; }

    internal FeatureExtractor Features { get; }

    internal ulong[] FeatureKeys { get; }

    internal KeyIndex FeatureIndex { get; }

    /// <summary>Quantised emission weights, 17 per feature row: real weight = value * <see cref="WeightScale"/>.</summary>
    internal short[] Weights { get; }

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

    public TaggerWorkspace CreateWorkspace() => new();

    private static EntityTagger LoadEmbedded()
    {
        const string Name = "EntityExtract.Tagging.Resources.default-model.bin";
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(Name)
            ?? throw new ModelFormatException($"The embedded model '{Name}' is missing from the EntityExtract assembly; rebuild it with Training/rebuild-model.sh.");
        return Load(stream);
    }
}
