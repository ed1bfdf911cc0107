using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EntityExtract.Tagging.Features;

/// <summary>
/// Open-addressing map from 64-bit keys to dense row numbers, kept as one array of (key, row)
/// pairs so a probe touches one cache line. Keys are already mixed hashes, so the low bits pick the
/// slot directly; the table is at most half full, so linear probing stays short.
/// </summary>
internal sealed class KeyIndex
{
    private readonly Entry[] _entries;
    private readonly int _mask;

    public KeyIndex(ReadOnlySpan<ulong> rowKeys)
    {
        var capacity = 16;
        while (capacity < rowKeys.Length * 2)
        {
            capacity *= 2;
        }

        _entries = new Entry[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < rowKeys.Length; row++)
        {
            Insert(FeatureHash.NonZero(rowKeys[row]), row);
        }

        Count = rowKeys.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slot = (int)key & _mask;
        ref var first = ref MemoryMarshal.GetArrayDataReference(_entries);
        while (true)
        {
            ref var entry = ref Unsafe.Add(ref first, slot);
            if (entry.Key == key)
            {
                return entry.Row;
            }

            if (entry.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private void Insert(ulong key, int row)
    {
        var slot = (int)key & _mask;
        while (_entries[slot].Key != 0)
        {
            if (_entries[slot].Key == key)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }

        _entries[slot] = new Entry(key, row);
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Entry(ulong Key, int Row);
}
