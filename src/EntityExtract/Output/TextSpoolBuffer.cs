using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace EntityExtract.Output;

/// <summary>
/// A worker's rows for a <see cref="TextRowSpool"/>: each row is encoded by the table's own writer,
/// as it will be written, and kept as the bytes before and after its gap, so that replay only
/// copies them. The gap is encoded too, as empty cells, so that the writer places the cells after
/// it (a separator, a JSON field name) as in a row written whole; those bytes are dropped.
/// </summary>
/// <remarks>
/// A row's record: kind (int32, never negative), the key's length in UTF-16 units (int32) and its
/// units, the length of the bytes before the gap (int32) and those bytes, then the same for the
/// bytes after it. Little-endian; a negative kind is a mark (<see cref="TextRowSpool.Mark"/>).
/// </remarks>
internal sealed class TextSpoolBuffer : IRowBuffer, ISplicingWriter
{
    private readonly MemoryStream _row = new();
    private readonly MemoryStream _records = new();
    private readonly ITextTableWriter _writer;
    private readonly int _gapWidth;
    private char[] _key = new char[64];
    private int _keyLength;
    private int _kind = -1;
    private int _gapStart;
    private int _gapEnd;

    /// <param name="writerOver">Makes the table's writer over the buffer of one row.</param>
    /// <param name="gapWidth">The cells a gap stands for.</param>
    public TextSpoolBuffer(Func<Stream, ITextTableWriter> writerOver, int gapWidth)
    {
        _writer = writerOver(_row);
        _gapWidth = gapWidth;
    }

    public void Text(ReadOnlySpan<char> value) => _writer.Text(value);

    public void Number(long value) => _writer.Number(value);

    public void Score(float value) => _writer.Score(value);

    public void Splice(int kind, ReadOnlySpan<char> key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kind);
        if (_kind >= 0)
        {
            throw new InvalidOperationException("a spooled row has one gap");
        }

        // The writers keep bytes back until flushed: flushing on either side of the gap finds it.
        _writer.Flush();
        _gapStart = (int)_row.Length;
        for (var i = 0; i < _gapWidth; i++)
        {
            _writer.Text([]);
        }

        _writer.Flush();
        _gapEnd = (int)_row.Length;
        _kind = kind;
        if (_key.Length < key.Length)
        {
            _key = new char[Math.Max(key.Length, _key.Length * 2)];
        }

        key.CopyTo(_key);
        _keyLength = key.Length;
    }

    public void EndRow()
    {
        if (_kind < 0)
        {
            throw new InvalidOperationException("a spooled row needs its gap");
        }

        _writer.EndRow();
        _writer.Flush();
        var row = _row.GetBuffer().AsSpan(0, (int)_row.Length);
        WriteInt(_kind);
        WriteInt(_keyLength);
        _records.Write(MemoryMarshal.AsBytes(_key.AsSpan(0, _keyLength)));
        WriteInt(_gapStart);
        _records.Write(row[.._gapStart]);
        WriteInt(row.Length - _gapEnd);
        _records.Write(row[_gapEnd..]);
        _row.SetLength(0);
        _kind = -1;
    }

    /// <summary>Nothing to do: a row is kept whole, at its end.</summary>
    public void Flush()
    {
    }

    public RowBlock Take()
    {
        var rows = new SpooledBytes(_records.ToArray());
        _records.SetLength(0);
        return rows;
    }

    public void Dispose() => _writer.Dispose();

    private void WriteInt(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _records.Write(bytes);
    }
}
