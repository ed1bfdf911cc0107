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
        var counts = new ReliabilityCounts(bins);
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            counts.Add(corpus.Documents[d].GoldLabels, result.Mentions[d]);
        }

        return counts.Table();
    }

    internal static bool MatchesGold(byte[] gold, Mention mention)
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
