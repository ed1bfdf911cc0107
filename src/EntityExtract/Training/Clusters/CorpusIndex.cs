using System.Runtime.InteropServices;

namespace EntityExtract.Training.Clusters;

/// <summary>
/// The training text reduced to word ids in first-seen order, with -1 wherever adjacency is broken
/// (sentence ends, over-long tokens). Each distinct key is stored once; everything later works on ints.
/// </summary>
internal sealed class CorpusIndex
{
    private const int ProgressInterval = 1 << 20;

    private CorpusIndex(List<string> words, List<long> counts, List<int> stream, long tokenCount)
    {
        Words = words;
        Counts = counts;
        Stream = stream;
        TokenCount = tokenCount;
    }

    public List<string> Words { get; }

    public List<long> Counts { get; }

    public List<int> Stream { get; }

    public long TokenCount { get; }

    public ReadOnlySpan<int> StreamSpan => CollectionsMarshal.AsSpan(Stream);

    public static CorpusIndex Build(
        IEnumerable<IReadOnlyList<string>> sentences,
        IProgress<ClusterProgress>? progress,
        CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>();
        var counts = new List<long>();
        var stream = new List<int>();
        Span<char> key = stackalloc char[ClusterKey.MaxLength];
        long tokens = 0;
        foreach (IReadOnlyList<string> sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < sentence.Count; i++)
            {
                string token = sentence[i];
                if (token.Length == 0 || token.Length > ClusterKey.MaxLength)
                {
                    stream.Add(-1);
                    continue;
                }

                ClusterKey.Normalize(token, key);
                ReadOnlySpan<char> normalized = key[..token.Length];
                if (!lookup.TryGetValue(normalized, out int id))
                {
                    id = words.Count;
                    string word = normalized.ToString();
                    words.Add(word);
                    counts.Add(0);
                    ids.Add(word, id);
                }

                counts[id]++;
                stream.Add(id);
                if (++tokens % ProgressInterval == 0)
                {
                    progress?.Report(new ClusterProgress(ClusterPhase.ReadingCorpus, tokens, 0));
                }
            }

            stream.Add(-1);
        }

        progress?.Report(new ClusterProgress(ClusterPhase.ReadingCorpus, tokens, tokens));
        return new CorpusIndex(words, counts, stream, tokens);
    }
}
