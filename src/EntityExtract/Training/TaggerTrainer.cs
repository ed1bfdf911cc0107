using System.Diagnostics;
using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Contextual;
using EntityExtract.Tagging.Features;
using EntityExtract.Training.ContextCodes;

namespace EntityExtract.Training;

/// <summary>
/// Trains an <see cref="EntityTagger"/>: read the CoNLL files, compile gazetteers and clusters,
/// extract features once, run seeded perceptron epochs keeping the epoch with the best dev F1,
/// then quantise and prune the weights and fit the confidence calibration on dev. With
/// <see cref="TrainingOptions.JackknifeFolds"/> &gt; 0 it trains a two-pass model: a first pass
/// on all data, and a second pass whose document-level features come from first-pass labels
/// that, for the training documents, were produced by jackknifing (<see cref="JackknifeLabels"/>).
/// This is the library entry point behind the CLI's <c>train</c> command (and <c>rebuild-model.sh</c>).
/// </summary>
public static class TaggerTrainer
{
    public static EntityTagger Train(TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        Report(progress, TrainingStage.Reading, "reading corpora and lists");
        var sources = options.TrainFiles.Select(TrainingSource.Parse).ToList();
        TrainingDataCheck.RequireSize([.. sources.Select(s => s.Path), options.DevFile]);
        var corpora = sources.Select(s => ConllReader.Read(s.Path)).ToList();
        var documents = TrainingDocuments.Collect(corpora.Zip(sources), options);
        var dev = ConllReader.Read(options.DevFile);
        TrainingDataCheck.RequireTokens(documents.Documents, options.TrainFiles.Count == 1 ? TrainingSource.Parse(options.TrainFiles[0]).Path : "the --train files");
        TrainingDataCheck.RequireTokens(dev.Documents, options.DevFile);
        var gazetteer = options.GazetteerDirectory is null ? null : GazetteerCompiler.Compile(options.GazetteerDirectory);
        var clusters = options.ClusterFile is null ? null : ClusterCompiler.Compile(options.ClusterFile, options.MinClusterWordCount);
        var extractor = new FeatureExtractor(gazetteer, clusters);
        var codes = options.ContextCacheDirectory is null ? null
            : ContextCodeTable.Build(corpora, dev, options.ContextCacheDirectory, options.ContextGroupSizes, options.Seed, () => ContextEncoder.Shared,
                message => Report(progress, TrainingStage.ExtractingFeatures, message), ct);

        var first = TrainPass(options, extractor, documents.Documents, documents.Weights, documents.Unlabelled, null, dev, null, "pass 1", progress, ct, codes);
        var tagger = first.Tagger;
        var bestEpoch = first.BestEpoch;
        var passSummary = $"training features: {first.FeatureCount}; kept: {first.Tagger.RowCount}";
        if (options.JackknifeFolds > 0)
        {
            var trainLabels = JackknifeLabels(options, extractor, documents, dev, progress, ct, codes);
            var devLabels = dev.Documents.Select(d => FirstPassLabels(first.Tagger, d, codes)).ToList();
            var second = TrainPass(options, extractor, documents.Documents, documents.Weights, documents.Unlabelled, trainLabels, dev, devLabels, "pass 2", progress, ct, codes);
            tagger = WithFirstPass(second.Tagger, first.Tagger);
            bestEpoch = second.BestEpoch;
            passSummary = $"pass 1 features: {first.FeatureCount}, kept {first.Tagger.RowCount} (best epoch {first.BestEpoch}); "
                + $"pass 2 features: {second.FeatureCount}, kept {second.Tagger.RowCount}; jackknife folds: {options.JackknifeFolds}";
        }

        Report(progress, TrainingStage.Calibrating, "calibrating");
        var summary = $"train: {string.Join(", ", options.TrainFiles.Select(Path.GetFileName))}; dev: {Path.GetFileName(options.DevFile)}; "
            + $"gazetteers: {(gazetteer is null ? "none" : gazetteer.ListNames.Length + " lists")}; clusters: {(clusters is null ? "none" : Path.GetFileName(options.ClusterFile))}; "
            + $"epochs: {options.Epochs} (best {bestEpoch}); seed: {options.Seed}; min feature count: {options.MinFeatureCount}; prune below: {options.PruneThreshold}; "
            + $"case augmentation: {options.CaseAugmentation}; "
            + (codes is null ? "" : $"contextual codes: k-means {string.Join("/", options.ContextGroupSizes)} over all-MiniLM-L6-v2; ")
            + passSummary;
        if (codes is not null)
        {
            tagger = tagger.WithContextual(new ContextCoder(() => ContextEncoder.Shared, codes.Quantizer));
        }

        var calibrated = CalibrationFitter.Calibrate(tagger, dev, options, bestEpoch, summary, codes);
        progress?.Report(new TrainingProgress(TrainingStage.Done, options.Epochs, options.Epochs, 1, 1,
            FormattableString.Invariant($"done in {clock.Elapsed.TotalSeconds:F0} s; dev F1 {calibrated.Info.DevF1:F2}")));
        return calibrated;
    }

    /// <summary>The two-pass model: one key map of both passes' rows (the second pass's rows first).</summary>
    private static EntityTagger WithFirstPass(EntityTagger second, EntityTagger first) =>
        new(second.Features, KeyIndex.Build(second.FeatureKeys(), first.FeatureKeys()), second.Weights, second.WeightScale, second.Transitions, second.EndWeights,
            second.Calibration, second.Info, first);

    private static void Report(IProgress<TrainingProgress>? progress, TrainingStage stage, string message) =>
        progress?.Report(new TrainingProgress(stage, 0, 0, 0, 0, message));

    /// <summary>Runs the epochs and returns the averaged weights of the one with the best dev F1 (the earliest on ties).</summary>
    private static (float[] Weights, int Epoch) RunEpochs(TrainingOptions options, TrainingSet train, TrainingSet dev, TagScheme devScheme,
        int featureCount, IProgress<TrainingProgress>? progress, CancellationToken ct)
    {
        var trainer = new PerceptronTrainer(featureCount);
        var random = new Random(options.Seed);
        float[]? best = null;
        var bestF1 = double.NegativeInfinity;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            var current = epoch;
            trainer.RunEpoch(train, random, done => progress?.Report(
                new TrainingProgress(TrainingStage.Training, current, options.Epochs, done, train.SentenceCount, "training")), ct);
            var average = trainer.Average();
            var score = trainer.Score(dev, average, devScheme);
            var isBest = score.F1 > bestF1;
            if (isBest)
            {
                best = average;
                bestF1 = score.F1;
                bestEpoch = epoch;
            }

            var report = new EpochReport(epoch, options.Epochs, score.F1, score.Precision, score.Recall, clock.Elapsed, isBest);
            progress?.Report(new TrainingProgress(TrainingStage.Training, epoch, options.Epochs, train.SentenceCount, train.SentenceCount,
                FormattableString.Invariant($"epoch {epoch}/{options.Epochs}: dev F1 {score.F1:F2} (P {score.Precision:F2}, R {score.Recall:F2}){(isBest ? " best" : "")}"))
            {
                Epoch = report,
            });
        }

        return (best!, bestEpoch);
    }

    private sealed record PassResult(EntityTagger Tagger, int BestEpoch, int FeatureCount);

    /// <summary>
    /// Trains one pass (features, seeded epochs, best dev epoch, quantise and prune; no calibration).
    /// With first-pass labels for the training and dev documents, the pass also sees document hints.
    /// <paramref name="weights"/> (one per training document) scales that document's perceptron updates.
    /// </summary>
    private static PassResult TrainPass(TrainingOptions options, FeatureExtractor extractor, IReadOnlyList<ConllDocument> documents,
        IReadOnlyList<float> weights, IReadOnlyList<byte> unlabelled, IReadOnlyList<byte[]>? labels, ConllCorpus dev, IReadOnlyList<byte[]>? devLabels, string name,
        IProgress<TrainingProgress>? progress, CancellationToken ct, ContextCodeTable? codes)
    {
        Report(progress, TrainingStage.ExtractingFeatures, $"{name}: extracting features");
        var trainRaw = TrainingSet.ExtractKeys(documents, labels, extractor, ct, weights, unlabelled, codes);
        var (vocabulary, featureKeys) = TrainingSet.BuildVocabulary(trainRaw, options.MinFeatureCount);
        var trainSet = TrainingSet.Build(trainRaw, vocabulary);
        trainRaw = null;
        var devSet = TrainingSet.Build(TrainingSet.ExtractKeys(dev.Documents, devLabels, extractor, ct, contextCodes: codes), vocabulary);
        var (best, bestEpoch) = RunEpochs(options, trainSet, devSet, dev.Scheme, featureKeys.Length, progress, ct);
        var tagger = ModelCompiler.Compile(extractor, featureKeys, best, options.PruneThreshold);
        return new PassResult(tagger, bestEpoch, featureKeys.Length);
    }

    /// <summary>First-pass labels of every token of a document, decoded window by window.</summary>
    private static byte[] FirstPassLabels(EntityTagger tagger, ConllDocument document, ContextCodeTable? codes)
    {
        var workspace = tagger.CreateWorkspace();
        workspace.UseContextCodes(codes?.Of(document), codes?.Groups ?? 0);
        var labels = new byte[document.Tokens.Length];
        foreach (var (first, count) in new TaggingWindows(document.Sentences))
        {
            tagger.DecodeSentence(document.Text, document.Tokens.AsSpan(first, count), first, workspace, useDocumentHints: false).CopyTo(labels.AsSpan(first, count));
        }

        return labels;
    }

    private const int FoldSalt = 0x3ACC;

    /// <summary>
    /// First-pass labels for the training documents as the first pass would produce them on unseen
    /// text: the original documents are dealt into k folds in a seeded random order (case-changed
    /// copies follow their original), a first pass is trained on the other k−1 folds and labels the
    /// held-out one. Without this the second pass would learn to trust first-pass labels that are
    /// better on training data than they ever are at run time.
    /// </summary>
    private static List<byte[]> JackknifeLabels(TrainingOptions options, FeatureExtractor extractor, TrainingDocuments documents,
        ConllCorpus dev, IProgress<TrainingProgress>? progress, CancellationToken ct, ContextCodeTable? codes)
    {
        var folds = options.JackknifeFolds;
        if (documents.GroupCount < folds)
        {
            throw new ArgumentException($"Jackknifing into {folds} folds needs at least {folds} training documents; the training files have {documents.GroupCount}.", nameof(options));
        }
        var order = Enumerable.Range(0, documents.GroupCount).ToArray();
        new Random(options.Seed ^ FoldSalt).Shuffle(order);
        var foldOfGroup = new int[documents.GroupCount];
        for (var i = 0; i < order.Length; i++)
        {
            foldOfGroup[order[i]] = i % folds;
        }

        var labels = new byte[documents.Documents.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var trainOn = new List<ConllDocument>();
            var trainWeights = new List<float>();
            var trainUnlabelled = new List<byte>();
            var heldOut = new List<int>();
            for (var d = 0; d < documents.Documents.Count; d++)
            {
                if (foldOfGroup[documents.Groups[d]] == fold)
                {
                    heldOut.Add(d);
                }
                else
                {
                    trainOn.Add(documents.Documents[d]);
                    trainWeights.Add(documents.Weights[d]);
                    trainUnlabelled.Add(documents.Unlabelled[d]);
                }
            }

            var pass = TrainPass(options, extractor, trainOn, trainWeights, trainUnlabelled, null, dev, null, $"jackknife fold {fold + 1}/{folds}", progress, ct, codes);
            foreach (var d in heldOut)
            {
                labels[d] = FirstPassLabels(pass.Tagger, documents.Documents[d], codes);
            }
        }

        return [.. labels];
    }
}
