using System.Buffers.Binary;
using System.Text;

namespace EntityExtract.Output;

/// <summary>
/// The worker side of an Excel workbook. Rows are made on worker threads and written in order by
/// one output thread, so a worker cannot add cells to the workbook itself: it writes them as
/// small typed records (text, number, score, end of row) that <see cref="XlsxWorkbookStream"/>
/// reads back on the output thread. The records never leave the process.
/// </summary>
public sealed class XlsxTableWriter(Stream destination, IReadOnlyList<string> columns) : ITableWriter
{
    internal const byte HeaderTag = (byte)'H';
    internal const byte TextTag = (byte)'T';
    internal const byte NumberTag = (byte)'N';
    internal const byte ScoreTag = (byte)'S';
    internal const byte RowTag = (byte)'R';

    private byte[] _scratch = new byte[256];

    /// <summary>Marks the next row as the header, which the workbook makes bold and repeats on each sheet.</summary>
    public void Header()
    {
        destination.WriteByte(HeaderTag);
        foreach (var name in columns)
        {
            Text(name);
        }

        EndRow();
    }

    /// <summary>Text as it is: a workbook's text cell is never run as a formula, so no guard is needed.</summary>
    public void Text(ReadOnlySpan<char> value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length) + 5;
        if (_scratch.Length < length)
        {
            _scratch = new byte[Math.Max(length, _scratch.Length * 2)];
        }

        _scratch[0] = TextTag;
        var written = Encoding.UTF8.GetBytes(value, _scratch.AsSpan(5));
        BinaryPrimitives.WriteInt32LittleEndian(_scratch.AsSpan(1), written);
        destination.Write(_scratch, 0, written + 5);
    }

    public void Number(long value)
    {
        Span<byte> record = stackalloc byte[9];
        record[0] = NumberTag;
        BinaryPrimitives.WriteInt64LittleEndian(record[1..], value);
        destination.Write(record);
    }

    public void Score(float value)
    {
        Span<byte> record = stackalloc byte[9];
        record[0] = ScoreTag;
        BinaryPrimitives.WriteDoubleLittleEndian(record[1..], ScoreText.Round(value));
        destination.Write(record);
    }

    public void EndRow() => destination.WriteByte(RowTag);

    public void Flush()
    {
    }

    public void Dispose()
    {
    }
}
