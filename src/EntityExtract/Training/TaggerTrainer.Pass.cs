using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Features;

namespace EntityExtract.Training;

public static partial class TaggerTrainer
{
    private const int BilouLabelCount = Tagging.Labels.BilouLabel.Count;

    private sealed record PassResult(EntityTagger Tagger, int BestEpoch, int FeatureCount);

    /// <summary>
    /// Trains one pass (features, seeded epochs, best dev epoch, quantise and prune; no calibration).
    /// With first-pass labels for the training and dev documents, the pass also sees document hints.
    /// <paramref name="weights"/> (one per training document) scales that document's perceptron updates.
    /// </summary>
    private static PassResult TrainPass(TrainingOptions options, FeatureExtractor extractor, IReadOnlyList<ConllDocument> documents,
        IReadOnlyList<float> weights, IReadOnlyList<byte> unlabelled, IReadOnlyList<ulong> domains, IReadOnlyList<byte[]>? labels, ConllCorpus dev, IReadOnlyList<byte[]>? devLabels, string name,
        IProgress<TrainingProgress>? progress, CancellationToken ct)
    {
        Report(progress, TrainingStage.ExtractingFeatures, $"{name}: extracting features");
        var trainRaw = TrainingSet.ExtractKeys(documents, labels, extractor, ct, weights, unlabelled, domains);
        var (vocabulary, featureKeys) = TrainingSet.BuildVocabulary(trainRaw, options.MinFeatureCount);
        var trainSet = TrainingSet.Build(trainRaw, vocabulary);
        var domainKeys = trainRaw.DomainKeys;
        trainRaw = null;
        var devSet = TrainingSet.Build(TrainingSet.ExtractKeys(dev.Documents, devLabels, extractor, ct), vocabulary);
        var (best, bestEpoch) = RunEpochs(options, trainSet, devSet, dev.Scheme, featureKeys.Length, progress, ct);
        if (domainKeys.Count > 0)
        {
            // Private domain copies only help training; the shipped tagger uses the shared weights.
            for (var f = 0; f < featureKeys.Length; f++)
            {
                if (domainKeys.Contains(featureKeys[f]))
                {
                    Array.Clear(best, f * BilouLabelCount, BilouLabelCount);
                }
            }
        }

        var tagger = ModelCompiler.Compile(extractor, featureKeys, best, options.PruneThreshold);
        return new PassResult(tagger, bestEpoch, featureKeys.Length);
    }

    /// <summary>First-pass labels of every token of a document, decoded sentence piece by sentence piece.</summary>
    private static byte[] FirstPassLabels(EntityTagger tagger, ConllDocument document)
    {
        var workspace = tagger.CreateWorkspace();
        var labels = new byte[document.Tokens.Length];
        foreach (var sentence in document.Sentences)
        {
            for (var first = sentence.FirstToken; first < sentence.EndToken; first += EntityTagger.MaxSentenceTokens)
            {
                var count = Math.Min(EntityTagger.MaxSentenceTokens, sentence.EndToken - first);
                tagger.DecodeSentence(document.Text, document.Tokens.AsSpan(first, count), workspace, useDocumentHints: false).CopyTo(labels.AsSpan(first, count));
            }
        }

        return labels;
    }
}
