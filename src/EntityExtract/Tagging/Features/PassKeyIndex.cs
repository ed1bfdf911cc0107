using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EntityExtract.Tagging.Features;

/// <summary>
/// One open-addressing map from 64-bit keys to the weight rows of both passes of a two-pass model,
/// so a feature key shared by the passes is probed once, not once per pass. An entry is
/// (key, second-pass row, first-pass row) in 16 bytes, the same size as a <see cref="KeyIndex"/>
/// entry. Rows are resolved exactly as <see cref="KeyIndex"/> resolves them for each pass (the
/// first row of a repeated key wins), so scores cannot differ.
/// </summary>
internal sealed class PassKeyIndex
{
    private readonly Entry[] _entries;
    private readonly int _mask;

    /// <param name="rowKeys">Second-pass keys, by row.</param>
    /// <param name="rowIndex">The second pass's own index over <paramref name="rowKeys"/>, used to count the union of keys.</param>
    /// <param name="firstPassKeys">First-pass keys, by row.</param>
    public PassKeyIndex(ReadOnlySpan<ulong> rowKeys, KeyIndex rowIndex, ReadOnlySpan<ulong> firstPassKeys)
    {
        var union = (long)rowKeys.Length;
        foreach (var key in firstPassKeys)
        {
            if (rowIndex.Find(FeatureHash.NonZero(key)) < 0)
            {
                union++;
            }
        }

        var capacity = 16;
        while (capacity < union * 2)
        {
            capacity *= 2;
        }

        _entries = new Entry[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < rowKeys.Length; row++)
        {
            ref var entry = ref Slot(FeatureHash.NonZero(rowKeys[row]));
            if (entry.Row < 0)
            {
                entry.Row = row;
            }
        }

        for (var row = 0; row < firstPassKeys.Length; row++)
        {
            ref var entry = ref Slot(FeatureHash.NonZero(firstPassKeys[row]));
            if (entry.FirstPassRow < 0)
            {
                entry.FirstPassRow = row;
            }
        }
    }

    /// <summary>The second-pass row of <paramref name="key"/> (or -1), and its first-pass row in <paramref name="firstPassRow"/> (or -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key, out int firstPassRow)
    {
        var slot = (int)key & _mask;
        ref var first = ref MemoryMarshal.GetArrayDataReference(_entries);
        while (true)
        {
            ref var entry = ref Unsafe.Add(ref first, slot);
            if (entry.Key == key)
            {
                firstPassRow = entry.FirstPassRow;
                return entry.Row;
            }

            if (entry.Key == 0)
            {
                firstPassRow = -1;
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The entry of <paramref name="key"/>, claimed (with both rows -1) if it was not there yet.</summary>
    private ref Entry Slot(ulong key)
    {
        var slot = (int)key & _mask;
        while (_entries[slot].Key != 0 && _entries[slot].Key != key)
        {
            slot = (slot + 1) & _mask;
        }

        ref var entry = ref _entries[slot];
        if (entry.Key == 0)
        {
            entry = new Entry { Key = key, Row = -1, FirstPassRow = -1 };
        }

        return ref entry;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Entry
    {
        public ulong Key;
        public int Row;
        public int FirstPassRow;
    }
}
