using System.Diagnostics;
using EntityExtract.Evaluation;
using EntityExtract.Tagging.Features;

namespace EntityExtract.Tagging.Training;

/// <summary>
/// Trains an <see cref="EntityTagger"/>: read the CoNLL files, compile gazetteers and clusters,
/// extract features once, run seeded perceptron epochs keeping the epoch with the best dev F1,
/// then quantise and prune the weights and fit the confidence calibration on dev. This is the
/// library entry point behind the CLI's <c>train</c> command (and <c>rebuild-model.sh</c>).
/// </summary>
public static partial class TaggerTrainer
{
    public static EntityTagger Train(TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        Report(progress, TrainingStage.Reading, "reading corpora and lists");
        var train = options.TrainFiles.Select(ConllReader.Read).ToList();
        var dev = ConllReader.Read(options.DevFile);
        var gazetteer = options.GazetteerDirectory is null ? null : GazetteerCompiler.Compile(options.GazetteerDirectory);
        var clusters = options.ClusterFile is null ? null : ClusterCompiler.Compile(options.ClusterFile, options.MinClusterWordCount);
        var extractor = new FeatureExtractor(gazetteer, clusters);

        Report(progress, TrainingStage.ExtractingFeatures, "extracting features");
        var trainRaw = TrainingSet.ExtractKeys(train, extractor, ct);
        var (vocabulary, featureKeys) = TrainingSet.BuildVocabulary(trainRaw, options.MinFeatureCount);
        var trainSet = TrainingSet.Build(trainRaw, vocabulary);
        trainRaw = null;
        var devSet = TrainingSet.Build(TrainingSet.ExtractKeys([dev], extractor, ct), vocabulary);

        var (best, bestEpoch) = RunEpochs(options, trainSet, devSet, dev.Scheme, featureKeys.Length, progress, ct);

        Report(progress, TrainingStage.Calibrating, "quantising, pruning and calibrating");
        var tagger = ModelCompiler.Compile(extractor, featureKeys, best, options.PruneThreshold);
        var summary = $"train: {string.Join(", ", options.TrainFiles.Select(Path.GetFileName))}; dev: {Path.GetFileName(options.DevFile)}; "
            + $"gazetteers: {(gazetteer is null ? "none" : gazetteer.ListNames.Length + " lists")}; clusters: {(clusters is null ? "none" : Path.GetFileName(options.ClusterFile))}; "
            + $"epochs: {options.Epochs} (best {bestEpoch}); seed: {options.Seed}; min feature count: {options.MinFeatureCount}; prune below: {options.PruneThreshold}; "
            + $"training features: {featureKeys.Length}; kept: {tagger.FeatureKeys.Length}";
        var calibrated = CalibrationFitter.Calibrate(tagger, dev, options, bestEpoch, summary);
        progress?.Report(new TrainingProgress(TrainingStage.Done, options.Epochs, options.Epochs, 1, 1,
            FormattableString.Invariant($"done in {clock.Elapsed.TotalSeconds:F0} s; dev F1 {calibrated.Info.DevF1:F2}")));
        return calibrated;
    }

    private static void Report(IProgress<TrainingProgress>? progress, TrainingStage stage, string message) =>
        progress?.Report(new TrainingProgress(stage, 0, 0, 0, 0, message));
}
