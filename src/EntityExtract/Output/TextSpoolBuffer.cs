using System.Runtime.InteropServices;

namespace EntityExtract.Output;

/// <summary>
/// A worker's rows for a <see cref="TextRowSpool"/>: each row is encoded by the table's own writer,
/// as it will be written, and kept as bytes with its gap cut out, so that replay only copies them.
/// The gap is encoded too, as empty cells, so that the writer places the cells after it (a
/// separator, a JSON field name) as in a row written whole; those bytes are dropped. Empty cells at
/// one column encode alike in every row, so the writer is flushed once per row, before its gap,
/// and the gap's end is found by its width in bytes, measured at the first row.
/// </summary>
/// <remarks>
/// A block's records: per gap, its kind (int32, never negative), the key's length in UTF-16 units
/// (int32) and its units, then the length of the bytes between the previous gap (or the block's
/// start) and this one (int32) and those bytes; at the block's end, <see cref="TextRowSpool.Tail"/>
/// (int32), the length of the bytes after the last gap (int32) and those bytes. Little-endian;
/// <see cref="TextRowSpool.MarkRecord"/> is a mark.
/// </remarks>
internal sealed class TextSpoolBuffer : IRowBuffer, ISplicingWriter
{
    private readonly MemoryStream _rows = new();
    private readonly MemoryStream _records = new();
    private readonly ITextTableWriter _writer;
    private readonly int _gapWidth;
    private readonly List<(int Kind, int KeyStart, int KeyLength, int At)> _gaps = [];
    private char[] _keys = new char[256];
    private int _keysLength;
    private int _gapBytes = -1;
    private bool _inRow;

    /// <param name="writerOver">Makes the table's writer over the buffer of the rows.</param>
    /// <param name="gapWidth">The cells a gap stands for.</param>
    public TextSpoolBuffer(Func<Stream, ITextTableWriter> writerOver, int gapWidth)
    {
        _writer = writerOver(_rows);
        _gapWidth = gapWidth;
    }

    public void Text(ReadOnlySpan<char> value) => _writer.Text(value);

    public void Number(long value) => _writer.Number(value);

    public void Score(float value) => _writer.Score(value);

    public void Splice(int kind, ReadOnlySpan<char> key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kind);
        if (_inRow)
        {
            throw new InvalidOperationException("a spooled row has one gap");
        }

        // The writers keep bytes back until flushed: a flush before the gap finds where it starts.
        _writer.Flush();
        var at = (int)_rows.Length;
        for (var i = 0; i < _gapWidth; i++)
        {
            _writer.Text([]);
        }

        if (_gapBytes < 0)
        {
            _writer.Flush();
            _gapBytes = (int)_rows.Length - at;
        }

        if (_keys.Length < _keysLength + key.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keysLength + key.Length, _keys.Length * 2));
        }

        key.CopyTo(_keys.AsSpan(_keysLength));
        _gaps.Add((kind, _keysLength, key.Length, at));
        _keysLength += key.Length;
        _inRow = true;
    }

    public void EndRow()
    {
        if (!_inRow)
        {
            throw new InvalidOperationException("a spooled row needs its gap");
        }

        _writer.EndRow();
        _inRow = false;
    }

    /// <summary>Nothing to do: the rows are cut at their gaps when taken.</summary>
    public void Flush()
    {
    }

    public RowBlock Take()
    {
        _writer.Flush();
        var rows = _rows.GetBuffer().AsSpan(0, (int)_rows.Length);
        var from = 0;
        foreach (var (kind, keyStart, keyLength, at) in _gaps)
        {
            WriteInt(kind);
            WriteInt(keyLength);
            _records.Write(MemoryMarshal.AsBytes(_keys.AsSpan(keyStart, keyLength)));
            WriteInt(at - from);
            _records.Write(rows[from..at]);
            from = at + _gapBytes;
        }

        WriteInt(TextRowSpool.Tail);
        WriteInt(rows.Length - from);
        _records.Write(rows[from..]);
        var block = new SpooledBytes(_records.ToArray());
        _records.SetLength(0);
        _rows.SetLength(0);
        _gaps.Clear();
        _keysLength = 0;
        return block;
    }

    public void Dispose() => _writer.Dispose();

    private void WriteInt(int value) => TextRowSpool.WriteInt(_records, value);
}
