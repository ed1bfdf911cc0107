using System.Diagnostics;
using EntityExtract.Evaluation;

namespace EntityExtract.Training;

public static partial class TaggerTrainer
{
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
}
