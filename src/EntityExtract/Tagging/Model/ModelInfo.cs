using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Model;

/// <summary>What a model file says about itself: format, labels, sizes and how it was trained.</summary>
public sealed record ModelInfo
{
    public int FormatVersion { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    public int FeatureCount { get; init; }

    public int GazetteerEntryCount { get; init; }

    public IReadOnlyList<string> GazetteerLists { get; init; } = [];

    public int ClusterWordCount { get; init; }

    public int Epochs { get; init; }

    public int BestEpoch { get; init; }

    public int Seed { get; init; }

    /// <summary>conlleval F1 (percent) of this very model (quantised and pruned) on the dev file.</summary>
    public double DevF1 { get; init; }

    public double DevPrecision { get; init; }

    public double DevRecall { get; init; }

    public IReadOnlyDictionary<EntityType, double> DevF1ByType { get; init; } = new Dictionary<EntityType, double>();

    /// <summary>Free text: training and dev files, options, timings.</summary>
    public string TrainingSummary { get; init; } = "";

    public float ConfidenceTemperature { get; init; } = 1f;

    /// <summary>Reliability of the calibrated confidences on the dev file, ten bins of width 0.1.</summary>
    public IReadOnlyList<ReliabilityBin> DevReliability { get; init; } = [];
}
