using EntityExtract.Evaluation;
using EntityExtract.Tagging.Features;

namespace EntityExtract.Training;

public static partial class TaggerTrainer
{
    private const int FoldSalt = 0x3ACC;

    /// <summary>
    /// First-pass labels for the training documents as the first pass would produce them on unseen
    /// text: the original documents are dealt into k folds in a seeded random order (case-changed
    /// copies follow their original), a first pass is trained on the other k−1 folds and labels the
    /// held-out one. Without this the second pass would learn to trust first-pass labels that are
    /// better on training data than they ever are at run time.
    /// </summary>
    private static List<byte[]> JackknifeLabels(TrainingOptions options, FeatureExtractor extractor, TrainingDocuments documents,
        ConllCorpus dev, IProgress<TrainingProgress>? progress, CancellationToken ct)
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
            var trainDomains = new List<ulong>();
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
                    trainDomains.Add(documents.Domains[d]);
                }
            }

            var pass = TrainPass(options, extractor, trainOn, trainWeights, trainUnlabelled, trainDomains, null, dev, null, $"jackknife fold {fold + 1}/{folds}", progress, ct);
            foreach (var d in heldOut)
            {
                labels[d] = FirstPassLabels(pass.Tagger, documents.Documents[d]);
            }
        }

        return [.. labels];
    }
}
