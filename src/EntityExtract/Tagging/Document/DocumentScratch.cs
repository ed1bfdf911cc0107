using EntityExtract.Tagging.Labels;

namespace EntityExtract.Tagging.Document;

/// <summary>
/// Per-worker open-addressing table from word hash to first-pass statistics, sized to twice the
/// document's tokens and cleared per document. It only grows, so steady-state tagging allocates nothing.
/// </summary>
internal sealed class DocumentScratch
{
    private const int Outcomes = EntityTypes.Count + 1;

    private ulong[] _keys = new ulong[2048];
    private int _mask = 2047;

    public int[] Counts = new int[2048 * Outcomes];

    /// <summary>Type + 1 (bits 0–2) and position (bits 3–4) of the longest containing name, per slot.</summary>
    public byte[] Longer = new byte[2048];

    public byte[] LongerLength = new byte[2048];

    public void Reset(int tokenCount)
    {
        var capacity = 16;
        while (capacity < tokenCount * 2)
        {
            capacity *= 2;
        }

        if (_keys.Length < capacity)
        {
            // All or nothing: a failed allocation (out of memory) must not leave arrays of different sizes behind.
            var keys = new ulong[capacity];
            var counts = new int[capacity * Outcomes];
            var longer = new byte[capacity];
            var longerLength = new byte[capacity];
            (_keys, Counts, Longer, LongerLength) = (keys, counts, longer, longerLength);
        }

        _mask = capacity - 1;
        _keys.AsSpan(0, capacity).Clear();
        Counts.AsSpan(0, capacity * Outcomes).Clear();
        Longer.AsSpan(0, capacity).Clear();
        LongerLength.AsSpan(0, capacity).Clear();
    }

    /// <summary>The slot of <paramref name="word"/>, claimed on first sight.</summary>
    public int Slot(ulong word)
    {
        var key = Features.FeatureHash.NonZero(word);
        var slot = (int)Features.FeatureHash.Mix(key) & _mask;
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return slot;
            }

            if (found == 0)
            {
                _keys[slot] = key;
                return slot;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
