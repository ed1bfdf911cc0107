namespace EntityExtract.Training;

/// <summary>Everything that decides a trained model. The same options and data give the same model bytes.</summary>
public sealed record TrainingOptions
{
    /// <summary>CoNLL files to train on (any scheme, see <c>Evaluation.ConllReader</c>), each optionally with per-file settings (<see cref="TrainingSource"/>).</summary>
    public IReadOnlyList<string> TrainFiles { get; init; } = [];

    /// <summary>CoNLL file used to pick the best epoch and to fit the confidence calibration.</summary>
    public string DevFile { get; init; } = "";

    /// <summary>Folder of name lists (<c>*.txt</c>, one name a line, <c>#</c> header lines) compiled into the model; null for none.</summary>
    public string? GazetteerDirectory { get; init; }

    /// <summary>Word clusters (<c>bitstring TAB word TAB count</c> lines) compiled into the model; null for none.</summary>
    public string? ClusterFile { get; init; }

    public int Epochs { get; init; } = 20;

    /// <summary>Seeds the shuffle of training sentences in every epoch.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Features seen fewer times than this in the training data are dropped before training.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Averaged weights whose magnitude is below this are set to zero, and all-zero feature rows dropped, to keep the model small.</summary>
    public float PruneThreshold { get; init; } = 0.05f;

    /// <summary>Words seen fewer times than this in the cluster file are left out of the compiled cluster table.</summary>
    public int MinClusterWordCount { get; init; } = 1;

    /// <summary>
    /// 0 for a one-pass model; k (2–10) for a two-pass model whose second pass uses document-level
    /// evidence, with first-pass labels for the training data from k jackknifed first passes.
    /// </summary>
    public int JackknifeFolds { get; init; }

    /// <summary>Fraction of training documents added again fully upper-cased, and the same fraction added lower-cased (seeded draw; 0 to 0.5).</summary>
    public double CaseAugmentation { get; init; }

    /// <summary>
    /// Non-null to train an accurate model: features also read contextual codes from the encoder
    /// (<c>Tagging.Contextual</c>), whose vectors of the training and dev files are kept in this folder.
    /// </summary>
    public string? ContextCacheDirectory { get; init; }

    /// <summary>The k-means sizes of the contextual codes (one code per size and token), coarsest first.</summary>
    public IReadOnlyList<int> ContextGroupSizes { get; init; } = [128, 512, 2048];

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (TrainFiles.Count == 0)
        {
            throw new ArgumentException("At least one training file is required.", nameof(TrainFiles));
        }

        foreach (var file in TrainFiles)
        {
            TrainingSource.Parse(file);
        }

        if (string.IsNullOrEmpty(DevFile))
        {
            throw new ArgumentException("A dev file is required to choose the best epoch and to calibrate confidences.", nameof(DevFile));
        }

        if (Epochs < 1)
        {
            throw new ArgumentException("Epochs must be at least 1.", nameof(Epochs));
        }

        if (MinFeatureCount < 1)
        {
            throw new ArgumentException("MinFeatureCount must be at least 1.", nameof(MinFeatureCount));
        }

        if (JackknifeFolds is < 0 or 1 or > 10)
        {
            throw new ArgumentException("JackknifeFolds must be 0 (one pass) or between 2 and 10.", nameof(JackknifeFolds));
        }

        if (CaseAugmentation is < 0 or > 0.5 || double.IsNaN(CaseAugmentation))
        {
            throw new ArgumentException("CaseAugmentation must be between 0 and 0.5.", nameof(CaseAugmentation));
        }

        if (ContextGroupSizes.Count is < 1 or > 8 || ContextGroupSizes.Any(k => k is < 2 or > 1 << 16))
        {
            throw new ArgumentException("ContextGroupSizes must hold 1 to 8 sizes, each from 2 to 65536.", nameof(ContextGroupSizes));
        }

        if (PruneThreshold < 0 || !float.IsFinite(PruneThreshold))
        {
            throw new ArgumentException($"PruneThreshold must be a finite number, 0 or more (got {PruneThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}).", nameof(PruneThreshold));
        }
    }
}
