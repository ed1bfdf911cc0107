namespace EntityExtract.Tagging.Features;

/// <summary>
/// Word clusters (Brown-style bit-string paths) compiled into the model: word hash to the first
/// <see cref="MaxPathBits"/> bits of its path. Words are looked up as written first, then lower-cased.
/// </summary>
internal sealed class ClusterTable
{
    /// <summary>The longest prefix any feature uses.</summary>
    public const int MaxPathBits = 20;

    private readonly KeyIndex _index;

    public ClusterTable(ulong[] keys, uint[] paths, byte[] lengths)
    {
        Keys = keys;
        Paths = paths;
        Lengths = lengths;
        _index = new KeyIndex(keys);
    }

    public ulong[] Keys { get; }

    public uint[] Paths { get; }

    public byte[] Lengths { get; }

    public bool TryFind(ulong wordHash, ulong lowerHash, out uint path, out byte length)
    {
        var row = _index.Find(FeatureHash.NonZero(wordHash));
        if (row < 0)
        {
            row = _index.Find(FeatureHash.NonZero(lowerHash));
        }

        if (row < 0)
        {
            path = 0;
            length = 0;
            return false;
        }

        path = Paths[row];
        length = Lengths[row];
        return true;
    }
}
