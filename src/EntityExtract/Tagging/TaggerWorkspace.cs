using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging;

/// <summary>
/// Scratch memory for tagging: feature keys, scores, lattices and document-level buffers. Create
/// one per worker thread with <see cref="EntityTagger.CreateWorkspace"/> and reuse it for every
/// document; it grows to the longest sentence seen and then stops allocating. Not thread-safe.
/// </summary>
public sealed class TaggerWorkspace
{
    private const int L = BilouLabel.Count;

    private readonly int _wordSumEntries;
    private WordSumCache? _wordSums;
    private Document.HintSumCache? _hintSums;

    public TaggerWorkspace()
        : this(WordSumCache.DefaultEntries)
    {
    }

    /// <summary>A workspace whose per-word sum cache keeps at most <paramref name="wordSumEntries"/> words (tests shrink it to force evictions).</summary>
    internal TaggerWorkspace(int wordSumEntries)
    {
        _wordSumEntries = wordSumEntries;
    }

    internal FeatureScratch Features { get; } = new();

    internal float[] Emissions { get; private set; } = new float[64 * L];

    /// <summary>Viterbi's best path scores by [token * 17 + label].</summary>
    internal float[] Lattice { get; private set; } = new float[64 * L];

    internal byte[] Path { get; private set; } = new byte[64];

    internal double[] ExpEmissions { get; private set; } = new double[64 * L];

    internal double[] Alpha { get; private set; } = new double[64 * L];

    internal double[] Beta { get; private set; } = new double[64 * L];

    internal double[] Scale { get; private set; } = new double[64];

    /// <summary>First-pass labels of the whole document, for the document-level second pass.</summary>
    internal byte[] DocumentLabels { get; private set; } = new byte[1024];

    /// <summary>Lower-cased word hash of every token of the document (filled by the first pass).</summary>
    internal ulong[] DocumentWords { get; private set; } = new ulong[1024];

    /// <summary>Packed <see cref="Document.DocumentHint"/> of every token of the document.</summary>
    internal uint[] DocumentHints { get; private set; } = new uint[1024];

    /// <summary>Short word shape hash of every token of the document (filled by the first pass; the second pass's document keys use it).</summary>
    internal ulong[] DocumentShapes { get; private set; } = [];

    /// <summary>
    /// Second-pass label sums, 17 per token, of the features the second pass shares with the first
    /// (filled by the first pass, which resolves both passes' rows with one lookup per key).
    /// </summary>
    internal int[] DocumentSums { get; private set; } = [];

    internal Document.DocumentScratch DocumentTable { get; } = new();

    /// <summary>Per-word weight sums of the two-pass scorer, reused across documents.</summary>
    internal WordSumCache WordSums => _wordSums ??= new(_wordSumEntries);

    /// <summary>Second-pass sums of document keys by (hint, shape), reused across documents.</summary>
    internal Document.HintSumCache HintSums => _hintSums ??= new();

    internal void EnsureTokens(int count)
    {
        if (Path.Length >= count)
        {
            return;
        }

        // The array the check reads is replaced last, so an allocation that fails (out of memory)
        // leaves it small and the next call grows everything again.
        var size = Math.Max(count, Path.Length * 2);
        Emissions = new float[size * L];
        Lattice = new float[size * L];
        ExpEmissions = new double[size * L];
        Alpha = new double[size * L];
        Beta = new double[size * L];
        Scale = new double[size];
        Path = new byte[size];
    }

    internal void EnsureDocument(int tokenCount)
    {
        if (DocumentLabels.Length < tokenCount)
        {
            var size = Math.Max(tokenCount, DocumentLabels.Length * 2);
            DocumentWords = new ulong[size];
            DocumentHints = new uint[size];
            DocumentLabels = new byte[size];
        }

        if (DocumentShapes.Length < tokenCount)
        {
            var size = Math.Max(tokenCount, DocumentLabels.Length);
            DocumentSums = new int[size * L];
            DocumentShapes = new ulong[size];
        }
    }
}
