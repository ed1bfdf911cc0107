namespace EntityExtract.Output;

/// <summary>
/// The cells of a text table's gaps (<see cref="TextRowSpool"/>), encoded by the table's own writer
/// at the gap's column, as in a row written whole, and kept for the rest of the group: a file names
/// each of its entities in many rows.
/// </summary>
internal sealed class GapCells : IDisposable
{
    private readonly MemoryStream _scratch = new();
    private readonly ITextTableWriter _writer;
    private readonly int _gapAt;

    /// <summary>Per kind, each key's encoded cells.</summary>
    private readonly List<Dictionary<string, byte[]>> _byKind = [];

    /// <param name="writerOver">Makes the table's writer over a buffer.</param>
    /// <param name="gapAt">The gap's column: the cells before it are written, empty, then dropped.</param>
    public GapCells(Func<Stream, ITextTableWriter> writerOver, int gapAt)
    {
        _writer = writerOver(_scratch);
        _gapAt = gapAt;
    }

    /// <summary>The encoded cells of a gap, from <paramref name="fill"/> the first time the group names it.</summary>
    public byte[] Of(int kind, ReadOnlySpan<char> key, ISpliceFill fill)
    {
        while (_byKind.Count <= kind)
        {
            _byKind.Add(new Dictionary<string, byte[]>(StringComparer.Ordinal));
        }

        var known = _byKind[kind].GetAlternateLookup<ReadOnlySpan<char>>();
        if (!known.TryGetValue(key, out var cells))
        {
            known[key] = cells = Encode(kind, key, fill);
        }

        return cells;
    }

    /// <summary>A new group: its keys may name other cells.</summary>
    public void Clear()
    {
        foreach (var known in _byKind)
        {
            known.Clear();
        }
    }

    public void Dispose() => _writer.Dispose();

    private byte[] Encode(int kind, ReadOnlySpan<char> key, ISpliceFill fill)
    {
        _scratch.SetLength(0);
        for (var i = 0; i < _gapAt; i++)
        {
            _writer.Text([]);
        }

        _writer.Flush();
        var start = (int)_scratch.Length;
        fill.Fill(kind, key, _writer);
        _writer.Flush();
        var cells = _scratch.GetBuffer().AsSpan(start, (int)_scratch.Length - start).ToArray();
        _writer.EndRow();
        _writer.Flush();
        return cells;
    }
}
