using System.Diagnostics;
using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Features;

namespace EntityExtract.Training;

/// <summary>
/// Trains an <see cref="EntityTagger"/>: read the CoNLL files, compile gazetteers and clusters,
/// extract features once, run seeded perceptron epochs keeping the epoch with the best dev F1,
/// then quantise and prune the weights and fit the confidence calibration on dev. With
/// <see cref="TrainingOptions.JackknifeFolds"/> &gt; 0 it trains a two-pass model: a first pass
/// on all data, and a second pass whose document-level features come from first-pass labels
/// that, for the training documents, were produced by jackknifing (see <c>TaggerTrainer.Jackknife.cs</c>).
/// This is the library entry point behind the CLI's <c>train</c> command (and <c>rebuild-model.sh</c>).
/// </summary>
public static partial class TaggerTrainer
{
    public static EntityTagger Train(TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        Report(progress, TrainingStage.Reading, "reading corpora and lists");
        var sources = options.TrainFiles.Select(TrainingSource.Parse).ToList();
        var documents = TrainingDocuments.Collect(sources.Select(s => (ConllReader.Read(s.Path), s)), options.SilverTrainFiles.Select(ConllReader.Read), options);
        var dev = ConllReader.Read(options.DevFile);
        var gazetteer = options.GazetteerDirectory is null ? null : GazetteerCompiler.Compile(options.GazetteerDirectory);
        var clusters = options.ClusterFile is null ? null : ClusterCompiler.Compile(options.ClusterFile, options.MinClusterWordCount);
        var extractor = new FeatureExtractor(gazetteer, clusters);

        var first = TrainPass(options, extractor, documents.Documents, documents.Weights, documents.Unlabelled, documents.Domains, null, dev, null, "pass 1", progress, ct);
        var tagger = first.Tagger;
        var bestEpoch = first.BestEpoch;
        var passSummary = $"training features: {first.FeatureCount}; kept: {first.Tagger.FeatureKeys.Length}";
        if (options.JackknifeFolds > 0)
        {
            var trainLabels = JackknifeLabels(options, extractor, documents, dev, progress, ct);
            var devLabels = dev.Documents.Select(d => FirstPassLabels(first.Tagger, d)).ToList();
            var second = TrainPass(options, extractor, documents.Documents, documents.Weights, documents.Unlabelled, documents.Domains, trainLabels, dev, devLabels, "pass 2", progress, ct);
            tagger = WithFirstPass(second.Tagger, first.Tagger);
            bestEpoch = second.BestEpoch;
            passSummary = $"pass 1 features: {first.FeatureCount}, kept {first.Tagger.FeatureKeys.Length} (best epoch {first.BestEpoch}); "
                + $"pass 2 features: {second.FeatureCount}, kept {second.Tagger.FeatureKeys.Length}; jackknife folds: {options.JackknifeFolds}";
        }

        Report(progress, TrainingStage.Calibrating, "calibrating");
        var summary = $"train: {string.Join(", ", options.TrainFiles.Select(Path.GetFileName))}; dev: {Path.GetFileName(options.DevFile)}; "
            + $"gazetteers: {(gazetteer is null ? "none" : gazetteer.ListNames.Length + " lists")}; clusters: {(clusters is null ? "none" : Path.GetFileName(options.ClusterFile))}; "
            + $"epochs: {options.Epochs} (best {bestEpoch}); seed: {options.Seed}; min feature count: {options.MinFeatureCount}; prune below: {options.PruneThreshold}; "
            + $"case augmentation: {options.CaseAugmentation}; "
            + (options.SilverTrainFiles.Count == 0 ? "" : FormattableString.Invariant(
                $"silver: {string.Join(", ", options.SilverTrainFiles.Select(Path.GetFileName))} (fraction {options.SilverFraction}, weight {options.SilverWeight}); "))
            + passSummary;
        var calibrated = CalibrationFitter.Calibrate(tagger, dev, options, bestEpoch, summary);
        progress?.Report(new TrainingProgress(TrainingStage.Done, options.Epochs, options.Epochs, 1, 1,
            FormattableString.Invariant($"done in {clock.Elapsed.TotalSeconds:F0} s; dev F1 {calibrated.Info.DevF1:F2}")));
        return calibrated;
    }

    private static EntityTagger WithFirstPass(EntityTagger second, EntityTagger first) =>
        new(second.Features, second.FeatureKeys, second.Weights, second.WeightScale, second.Transitions, second.EndWeights, second.Calibration, second.Info, first);

    private static void Report(IProgress<TrainingProgress>? progress, TrainingStage stage, string message) =>
        progress?.Report(new TrainingProgress(stage, 0, 0, 0, 0, message));
}
