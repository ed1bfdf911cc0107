namespace EntityExtract.Training.Clusters;

/// <summary>
/// The words of a cluster tree with their bit strings, in file order: by bit string, then by
/// descending count, then by word (ordinal). The fixed order is what makes written files byte-identical.
/// </summary>
public sealed class ClusterResult
{
    private readonly ClusterEntry[] _entries;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ClusterResult(IEnumerable<ClusterEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries.ToArray();
        Array.Sort(_entries, CompareFileOrder);
        _index = new Dictionary<string, int>(_entries.Length, StringComparer.Ordinal);
        for (int i = 0; i < _entries.Length; i++)
        {
            if (!_index.TryAdd(_entries[i].Word, i))
            {
                throw new ArgumentException($"The word '{_entries[i].Word}' occurs twice.", nameof(entries));
            }
        }

        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<ClusterEntry> Entries => _entries;

    /// <summary>
    /// Finds the bit string of a word as it appears in text; the word is put into
    /// <see cref="ClusterKey"/> form first. Words longer than <see cref="ClusterKey.MaxLength"/> are never found.
    /// </summary>
    public bool TryGetBits(ReadOnlySpan<char> word, out string bits)
    {
        bits = string.Empty;
        if (word.Length == 0 || word.Length > ClusterKey.MaxLength)
        {
            return false;
        }

        Span<char> key = stackalloc char[ClusterKey.MaxLength];
        ClusterKey.Normalize(word, key);
        if (!_lookup.TryGetValue(key[..word.Length], out int index))
        {
            return false;
        }

        bits = _entries[index].Bits;
        return true;
    }

    private static int CompareFileOrder(ClusterEntry x, ClusterEntry y)
    {
        int order = string.CompareOrdinal(x.Bits, y.Bits);
        if (order != 0)
        {
            return order;
        }

        order = y.Count.CompareTo(x.Count);
        return order != 0 ? order : string.CompareOrdinal(x.Word, y.Word);
    }
}
