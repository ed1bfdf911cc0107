using EntityExtract.Tagging.Features;
using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Document;

/// <summary>
/// Per-worker memo of the second pass's document-key sums. Those keys depend only on a token's
/// packed <see cref="DocumentHint"/> and its short word shape, and a document has few distinct
/// pairs, so their 17 label sums are looked up once per pair rather than once per token.
/// Direct-mapped: a pair simply replaces whatever held its slot, which cannot change any score.
/// </summary>
internal sealed class HintSumCache
{
    private const int L = BilouLabel.Count;
    private const int Entries = 2048;

    private readonly uint[] _hints = new uint[Entries];
    private readonly ulong[] _shapes = new ulong[Entries];
    private object? _owner;

    /// <summary>17 sums per entry, at <c>entry * 17</c>.</summary>
    public int[] Sums { get; } = new int[Entries * L];

    /// <summary>Sums belong to one model: a different <paramref name="owner"/> empties the cache.</summary>
    public void Use(object owner)
    {
        if (!ReferenceEquals(owner, _owner))
        {
            _owner = owner;
            _hints.AsSpan().Clear();
        }
    }

    /// <summary>The entry for this pair; <paramref name="found"/> is false when it was taken over for it and must be filled.</summary>
    /// <param name="hint">A non-zero packed hint (hint 0 has no keys and is never cached).</param>
    public int Entry(uint hint, ulong shortShape, out bool found)
    {
        var entry = (int)(FeatureHash.Mix(shortShape ^ hint) & (Entries - 1));
        found = _hints[entry] == hint && _shapes[entry] == shortShape;
        _hints[entry] = hint;
        _shapes[entry] = shortShape;
        return entry;
    }
}
