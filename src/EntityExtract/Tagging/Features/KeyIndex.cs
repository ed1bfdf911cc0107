using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EntityExtract.Tagging.Memory;

namespace EntityExtract.Tagging.Features;

/// <summary>
/// Open-addressing map from 64-bit keys to dense row numbers, one (key, row, first-pass row)
/// entry of 16 bytes per slot, so a probe touches one cache line. One map serves both passes of
/// a two-pass model: a key shared by the passes is probed once. Keys are already mixed hashes,
/// so the high bits of key × slots pick the slot directly (a multiply, any table size); the table
/// is at most two thirds full, so linear probing stays short (about 2 slots on a hit, 5 on a miss,
/// mostly in one or two cache lines), and the two-pass default model with 25 name lists stays under 40 MB.
/// The slots are stored in the model as they are, so loading builds nothing.
/// </summary>
internal sealed class KeyIndex
{
    private readonly ModelBlock<Entry> _entries;

    /// <summary>0 to read <see cref="Entry.Row"/>, 4 to read <see cref="Entry.FirstPassRow"/> (byte offset past the key).</summary>
    private readonly int _column;

    public KeyIndex(ModelBlock<Entry> entries, int count)
        : this(entries, count, column: 0)
    {
        if (count < 0 || entries.Length < Capacity(count) || (long)count * 3 > (long)entries.Length * 2)
        {
            throw new ArgumentException("A key index needs a table at most two thirds full.", nameof(entries));
        }
    }

    private KeyIndex(ModelBlock<Entry> entries, int count, int column)
    {
        _entries = entries;
        _column = column;
        Count = count;
    }

    /// <summary>Distinct keys held.</summary>
    public int Count { get; }

    /// <summary>The slots, for writing the model.</summary>
    public ReadOnlySpan<Entry> Entries => _entries.Span;

    /// <summary>The same map read for the first pass: <see cref="Find(ulong)"/> gives first-pass rows.</summary>
    public KeyIndex FirstPass => new(_entries, Count, column: sizeof(int));

    /// <summary>
    /// The map of <paramref name="rowKeys"/> to their rows and of <paramref name="firstPassKeys"/> to
    /// theirs (the first row of a repeated key wins in each).
    /// </summary>
    public static KeyIndex Build(ReadOnlySpan<ulong> rowKeys, ReadOnlySpan<ulong> firstPassKeys = default)
    {
        var distinct = new HashSet<ulong>(rowKeys.Length);
        foreach (var key in rowKeys)
        {
            distinct.Add(FeatureHash.NonZero(key));
        }

        foreach (var key in firstPassKeys)
        {
            distinct.Add(FeatureHash.NonZero(key));
        }

        var entries = GC.AllocateArray<Entry>(Capacity(distinct.Count), pinned: true);
        var count = 0;
        for (var row = 0; row < rowKeys.Length; row++)
        {
            ref var entry = ref Slot(entries, FeatureHash.NonZero(rowKeys[row]), ref count);
            if (entry.Row < 0)
            {
                entry.Row = row;
            }
        }

        for (var row = 0; row < firstPassKeys.Length; row++)
        {
            ref var entry = ref Slot(entries, FeatureHash.NonZero(firstPassKeys[row]), ref count);
            if (entry.FirstPassRow < 0)
            {
                entry.FirstPassRow = row;
            }
        }

        return new KeyIndex(ModelBlock<Entry>.Pinned(entries), count);
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        ref var entry = ref Probe(key);
        return entry.Key == 0 ? -1 : Unsafe.As<int, int>(ref Unsafe.AddByteOffset(ref entry.Row, _column));
    }

    /// <summary>The row of <paramref name="key"/> (or -1), and its first-pass row in <paramref name="firstPassRow"/> (or -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key, out int firstPassRow)
    {
        ref var entry = ref Probe(key);
        if (entry.Key == 0)
        {
            firstPassRow = -1;
            return -1;
        }

        firstPassRow = entry.FirstPassRow;
        return entry.Row;
    }

    /// <summary>The key of each of <paramref name="rows"/> rows, as the map was built from (for this map's column).</summary>
    public ulong[] RowKeys(int rows)
    {
        var keys = new ulong[rows];
        foreach (var entry in _entries.Span)
        {
            var row = _column == 0 ? entry.Row : entry.FirstPassRow;
            if (entry.Key != 0 && row >= 0)
            {
                keys[row] = entry.Key;
            }
        }

        return keys;
    }

    /// <summary>The slot holding <paramref name="key"/> (never 0), or the empty slot where the search for it ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Entry Probe(ulong key)
    {
        var slots = _entries.Length;
        var slot = Home(key, slots);
        ref var first = ref _entries.Start;
        while (true)
        {
            ref var entry = ref Unsafe.Add(ref first, slot);
            if (entry.Key == key || entry.Key == 0)
            {
                return ref entry;
            }

            slot = Next(slot, slots);
        }
    }

    /// <summary>Slots for <paramref name="count"/> keys: at most two thirds full, at least one slot empty.</summary>
    private static int Capacity(int count) => checked(Math.Max(4, count + (count / 2) + 1));

    /// <summary>The first slot tried for <paramref name="key"/>: the high half of key × slots, uniform for a mixed key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Home(ulong key, int slots) => (int)Math.BigMul(key, (ulong)slots, out _);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Next(int slot, int slots) => ++slot == slots ? 0 : slot;

    /// <summary>The entry of <paramref name="key"/>, claimed (with both rows -1) if it was not there yet.</summary>
    private static ref Entry Slot(Entry[] entries, ulong key, ref int count)
    {
        var slot = Home(key, entries.Length);
        while (entries[slot].Key != 0 && entries[slot].Key != key)
        {
            slot = Next(slot, entries.Length);
        }

        ref var entry = ref entries[slot];
        if (entry.Key == 0)
        {
            entry = new Entry { Key = key, Row = -1, FirstPassRow = -1 };
            count++;
        }

        return ref entry;
    }

    /// <summary>One slot: an empty one has key 0 (<see cref="FeatureHash.NonZero"/>).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 16)]
    internal struct Entry
    {
        public ulong Key;
        public int Row;
        public int FirstPassRow;
    }
}
