using EntityExtract.Tagging;
using EntityExtract.Tagging.Calibration;

namespace EntityExtract.Evaluation;

/// <summary>The counts behind a <see cref="Reliability"/> table, added document by document.</summary>
internal sealed class ReliabilityCounts(int bins = 10)
{
    private readonly int[] _counts = new int[bins];
    private readonly int[] _correct = new int[bins];
    private readonly double[] _confidence = new double[bins];

    public void Add(byte[] goldLabels, IEnumerable<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            var bin = Math.Min(bins - 1, (int)(mention.Score * bins));
            _counts[bin]++;
            _confidence[bin] += mention.Score;
            if (Reliability.MatchesGold(goldLabels, mention))
            {
                _correct[bin]++;
            }
        }
    }

    public IReadOnlyList<ReliabilityBin> Table()
    {
        var table = new ReliabilityBin[bins];
        for (var b = 0; b < bins; b++)
        {
            table[b] = new ReliabilityBin((double)b / bins, (double)(b + 1) / bins, _counts[b],
                _counts[b] == 0 ? 0 : _confidence[b] / _counts[b], _counts[b] == 0 ? 0 : (double)_correct[b] / _counts[b]);
        }

        return table;
    }
}
