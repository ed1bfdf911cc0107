using EntityExtract.Evaluation;
using EntityExtract.Tagging;
using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Labels;
using EntityExtract.Tagging.Model;
using EntityExtract.Training.ContextCodes;

namespace EntityExtract.Training;

/// <summary>
/// Fits mention confidences on dev. Perceptron scores have no natural scale, so a temperature is
/// chosen first (the one whose forward–backward span marginals best predict, by log loss, whether
/// each decoded dev mention is exactly right); an isotonic regression of correctness on those
/// marginals then removes the remaining bias while keeping the order of mentions.
/// </summary>
internal static partial class CalibrationFitter
{
    private const int L = BilouLabel.Count;

    /// <param name="contextCodes">The dev documents' codes, for an accurate model (whose final dev score runs the encoder itself).</param>
    public static EntityTagger Calibrate(EntityTagger tagger, ConllCorpus dev, TrainingOptions options, int bestEpoch, string summary, ContextCodeTable? contextCodes = null)
    {
        var sentences = DecodeDev(tagger, dev, contextCodes);
        var temperature = FitTemperature(tagger, sentences);
        var samples = Marginals(tagger, sentences, temperature);
        var (raw, calibrated) = Isotonic.Fit(samples);
        var calibration = new ConfidenceCalibration(temperature, raw, calibrated);
        var candidate = With(tagger, calibration, tagger.Info);
        var result = ModelEvaluator.Evaluate(candidate, dev, null);
        var info = new ModelInfo
        {
            FormatVersion = Tagging.Model.ModelFormat.Version,
            Labels = Enumerable.Range(0, L).Select(BilouLabel.Name).ToArray(),
            FeatureCount = tagger.RowCount,
            GazetteerEntryCount = tagger.Features.Gazetteer?.Index.Count ?? 0,
            GazetteerLists = tagger.Features.Gazetteer?.ListNames ?? [],
            ClusterWordCount = tagger.Features.Clusters?.Index.Count ?? 0,
            ConfidenceTemperature = temperature,
            Epochs = options.Epochs,
            BestEpoch = bestEpoch,
            Seed = options.Seed,
            DevF1 = result.Score.F1,
            DevPrecision = result.Score.Precision,
            DevRecall = result.Score.Recall,
            DevF1ByType = result.Score.PerType.ToDictionary(p => p.Key, p => p.Value.F1),
            TrainingSummary = summary,
            DevReliability = Reliability.Table(result, dev),
        };
        return With(tagger, calibration, info);
    }

    private static EntityTagger With(EntityTagger tagger, ConfidenceCalibration calibration, ModelInfo info) =>
        new(tagger.Features, tagger.FeatureIndex, tagger.Weights, tagger.WeightScale, tagger.Transitions, tagger.EndWeights, calibration, info, tagger.FirstPass, tagger.Contextual);

    private static List<DecodedSentence> DecodeDev(EntityTagger tagger, ConllCorpus dev, ContextCodeTable? contextCodes)
    {
        var workspace = tagger.CreateWorkspace();
        var sentences = new List<DecodedSentence>();
        foreach (var document in dev.Documents)
        {
            workspace.UseContextCodes(contextCodes?.Of(document), contextCodes?.Groups ?? 0);
            tagger.PrepareDocument(document.Text, document.Tokens, document.Sentences, workspace);
            foreach (var (first, count) in new TaggingWindows(document.Sentences))
            {
                var path = tagger.DecodeWindow(document.Text, document.Tokens, first, count, workspace);
                sentences.Add(new DecodedSentence(workspace.Lattice.Emissions(count).ToArray(), path.ToArray(), document.GoldLabels.AsSpan(first, count).ToArray()));
            }
        }

        return sentences;
    }

    private static float FitTemperature(EntityTagger tagger, List<DecodedSentence> sentences)
    {
        var best = 1f;
        var bestLoss = double.PositiveInfinity;
        for (var step = -4; step <= 12; step++)
        {
            var temperature = MathF.Pow(2f, step / 2f);
            var loss = 0.0;
            foreach (var (p, correct) in Marginals(tagger, sentences, temperature))
            {
                var clipped = Math.Clamp(p, 1e-6, 1 - 1e-6);
                loss -= correct ? Math.Log(clipped) : Math.Log(1 - clipped);
            }

            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = temperature;
            }
        }

        return best;
    }

    private static List<(double Raw, bool Correct)> Marginals(EntityTagger tagger, List<DecodedSentence> sentences, float temperature)
    {
        var workspace = tagger.CreateWorkspace();
        var spans = new List<(int Start, int End, int Label, double Raw)>();
        var samples = new List<(double, bool)>();
        foreach (var sentence in sentences)
        {
            var count = sentence.Path.Length;
            workspace.Lattice.SetEmissions(sentence.Emissions);
            spans.Clear();
            tagger.RawMentionMarginals(count, sentence.Path, temperature, workspace, spans);
            foreach (var (start, end, _, raw) in spans)
            {
                var correct = sentence.Path.AsSpan(start, end - start + 1).SequenceEqual(sentence.Gold.AsSpan(start, end - start + 1));
                samples.Add((raw, correct));
            }
        }

        return samples;
    }

    private sealed record DecodedSentence(float[] Emissions, byte[] Path, byte[] Gold);
}
