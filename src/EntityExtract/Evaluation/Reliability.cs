using EntityExtract.Tagging;
using EntityExtract.Tagging.Calibration;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Evaluation;

/// <summary>Reliability table: predicted mentions binned by confidence, with the share in each bin that exactly match a gold entity.</summary>
public static class Reliability
{
    public static IReadOnlyList<ReliabilityBin> Table(EvaluationResult result, ConllCorpus corpus, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(corpus);
        var counts = new int[bins];
        var correct = new int[bins];
        var confidence = new double[bins];
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            var gold = corpus.Documents[d].GoldLabels;
            foreach (var mention in result.Mentions[d])
            {
                var bin = Math.Min(bins - 1, (int)(mention.Score * bins));
                counts[bin]++;
                confidence[bin] += mention.Score;
                if (MatchesGold(gold, mention))
                {
                    correct[bin]++;
                }
            }
        }

        var table = new ReliabilityBin[bins];
        for (var b = 0; b < bins; b++)
        {
            table[b] = new ReliabilityBin((double)b / bins, (double)(b + 1) / bins, counts[b],
                counts[b] == 0 ? 0 : confidence[b] / counts[b], counts[b] == 0 ? 0 : (double)correct[b] / counts[b]);
        }

        return table;
    }

    private static bool MatchesGold(byte[] gold, Mention mention)
    {
        var type = (int)mention.Type;
        var last = mention.FirstToken + mention.TokenCount - 1;
        if (mention.TokenCount == 1)
        {
            return gold[mention.FirstToken] == BilouLabel.Make(type, BilouPosition.Unit);
        }

        if (gold[mention.FirstToken] != BilouLabel.Make(type, BilouPosition.Begin) || gold[last] != BilouLabel.Make(type, BilouPosition.Last))
        {
            return false;
        }

        for (var t = mention.FirstToken + 1; t < last; t++)
        {
            if (gold[t] != BilouLabel.Make(type, BilouPosition.Inside))
            {
                return false;
            }
        }

        return true;
    }
}
