using EntityExtract.Tagging.Memory;

namespace EntityExtract.Tagging.Features;

/// <summary>
/// Word clusters (Brown-style bit-string paths) compiled into the model: word hash to the first
/// <see cref="MaxPathBits"/> bits of its path. Words are looked up as written first, then lower-cased.
/// </summary>
internal sealed class ClusterTable
{
    /// <summary>The longest prefix any feature uses.</summary>
    public const int MaxPathBits = 20;

    private readonly ModelBlock<uint> _paths;
    private readonly ModelBlock<byte> _lengths;

    public ClusterTable(KeyIndex index, ModelBlock<uint> paths, ModelBlock<byte> lengths)
    {
        if (index.Count > paths.Length || paths.Length != lengths.Length)
        {
            throw new ArgumentException("A cluster table needs a path and a length for every word.", nameof(paths));
        }

        Index = index;
        _paths = paths;
        _lengths = lengths;
    }

    /// <summary>A table of the words hashed to <paramref name="keys"/>, with the paths and lengths at the same places.</summary>
    public ClusterTable(ulong[] keys, uint[] paths, byte[] lengths)
        : this(KeyIndex.Build(keys), ModelBlock<uint>.Copy(paths), ModelBlock<byte>.Copy(lengths))
    {
    }

    /// <summary>Word hash to row of <see cref="Paths"/> and <see cref="Lengths"/>.</summary>
    public KeyIndex Index { get; }

    public ReadOnlySpan<uint> Paths => _paths.Span;

    public ReadOnlySpan<byte> Lengths => _lengths.Span;

    public bool TryFind(ulong wordHash, ulong lowerHash, out uint path, out byte length)
    {
        var row = Index.Find(FeatureHash.NonZero(wordHash));
        if (row < 0)
        {
            row = Index.Find(FeatureHash.NonZero(lowerHash));
        }

        if (row < 0)
        {
            path = 0;
            length = 0;
            return false;
        }

        path = _paths.Span[row];
        length = _lengths.Span[row];
        return true;
    }
}
