using EntityExtract.Tagging.Decoding;
using EntityExtract.Tagging.Document;
using EntityExtract.Tagging.Features;

namespace EntityExtract.Tagging;

/// <summary>
/// Scratch memory for tagging: feature keys, the piece's scores and lattices, what the first pass
/// recorded about the document, and the sum caches. Create one per worker thread with
/// <see cref="EntityTagger.CreateWorkspace"/> and reuse it for every document; it grows to the
/// longest sentence seen and then stops allocating. Not thread-safe.
/// </summary>
public sealed class TaggerWorkspace
{
    private readonly int _wordSumEntries;
    private WordSumCache? _wordSums;
    private HintSumCache? _hintSums;

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

    /// <summary>Emissions, best path and marginals of the piece being tagged.</summary>
    internal SentenceLattice Lattice { get; } = new();

    /// <summary>The first pass's record of every token of the document and the second pass's hints.</summary>
    internal FirstPassTokens DocumentTokens { get; } = new();

    /// <summary>Per-word weight sums of the two-pass scorer, reused across documents.</summary>
    internal WordSumCache WordSums => _wordSums ??= new(_wordSumEntries);

    /// <summary>The contextual codes of the document being tagged, <see cref="ContextGroups"/> per token (an accurate model's).</summary>
    internal int[] ContextCodes { get; private set; } = [];

    /// <summary>Codes per token in <see cref="ContextCodes"/>; 0 when the document has none.</summary>
    internal int ContextGroups { get; private set; }

    /// <summary>Room for the codes of <paramref name="tokens"/> tokens, to be filled by the caller.</summary>
    internal int[] PrepareContextCodes(int tokens, int groups)
    {
        if (ContextCodes.Length < tokens * groups)
        {
            ContextCodes = new int[Math.Max(tokens * groups, ContextCodes.Length * 2)];
        }

        ContextGroups = groups;
        return ContextCodes;
    }

    /// <summary>Uses codes computed elsewhere (training reads them from its cache); null: none.</summary>
    internal void UseContextCodes(int[]? codes, int groups)
    {
        ContextCodes = codes ?? [];
        ContextGroups = codes is null ? 0 : groups;
    }

    /// <summary>Points the feature scratch at the codes of a window (tokens <paramref name="first"/>..).</summary>
    internal void SetWindowCodes(int first) => Features.SetCodes(ContextCodes, ContextGroups, first);

    /// <summary>Second-pass sums of document keys by (hint, shape), reused across documents.</summary>
    internal HintSumCache HintSums => _hintSums ??= new();
}
