using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Document;

/// <summary>
/// What the first pass of a two-pass model records for every token of a document (its label, word
/// key and short shape, and the second pass's sums of the keys both passes share) and the
/// <see cref="DocumentHint"/>s the second pass reads, computed from them article by article. These
/// arrays are written and read here only. One per workspace; it grows to the longest document seen.
/// </summary>
internal sealed class FirstPassTokens
{
    private const int L = BilouLabel.Count;

    private readonly DocumentScratch _table = new();
    private byte[] _labels = new byte[1024];
    private ulong[] _words = new ulong[1024];
    private uint[] _hints = new uint[1024];
    private ulong[] _shapes = [];
    private int[] _sums = [];

    public void EnsureTokens(int tokenCount)
    {
        if (_labels.Length < tokenCount)
        {
            var size = Math.Max(tokenCount, _labels.Length * 2);
            _words = new ulong[size];
            _hints = new uint[size];
            _labels = new byte[size];
        }

        if (_shapes.Length < tokenCount)
        {
            var size = Math.Max(tokenCount, _labels.Length);
            _sums = new int[size * L];
            _shapes = new ulong[size];
        }
    }

    /// <summary>Records the first-pass labels of tokens <paramref name="first"/>.. of the document.</summary>
    public void SetLabels(int first, ReadOnlySpan<byte> labels) => labels.CopyTo(_labels.AsSpan(first));

    /// <summary>Records token <paramref name="t"/>'s <see cref="DocumentEvidence.WordKey"/> and short word shape.</summary>
    public void SetWord(int t, ulong word, ulong shortShape)
    {
        _words[t] = word;
        _shapes[t] = shortShape;
    }

    /// <summary>The second pass's 17 sums of token <paramref name="t"/>'s shared keys: the first pass writes them, the second reads them.</summary>
    public Span<int> SecondPassSums(int t) => _sums.AsSpan(t * L, L);

    /// <summary>Computes the hints of tokens <paramref name="start"/>..<paramref name="end"/> (one article) from what was recorded.</summary>
    public void ComputeHints(int start, int end) =>
        DocumentEvidence.Compute(_words.AsSpan(start, end - start), _labels.AsSpan(start, end - start), _hints.AsSpan(start, end - start), _table);

    public uint Hint(int t) => _hints[t];

    public ulong Shape(int t) => _shapes[t];

    /// <summary>The hints of the first <paramref name="count"/> tokens.</summary>
    public ReadOnlySpan<uint> Hints(int count) => _hints.AsSpan(0, count);
}
