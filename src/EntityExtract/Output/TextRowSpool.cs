using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace EntityExtract.Output;

/// <summary>
/// The spooled rows of a CSV, TSV or JSON Lines table: workers encode every row but its gap
/// (<see cref="TextSpoolBuffer"/>), so that replay, on one thread after the run, copies bytes and
/// encodes only the distinct gaps of each group (<see cref="GapCells"/>).
/// </summary>
internal sealed class TextRowSpool(Stream destination, ITextTableWriter rows, Func<Stream, ITextTableWriter> writerOver, int gapAt, int gapWidth) : IRowSpool
{
    private readonly FileStream _file = RowSpool.CreateTemporary();

    public IRowBuffer CreateBuffer() => new TextSpoolBuffer(writerOver, gapWidth);

    public void Add(RowBlock rows) => _file.Write(((SpooledBytes)rows).Bytes);

    /// <summary>The record that ends a block (<see cref="TextSpoolBuffer"/>): the bytes after its last gap.</summary>
    internal const int Tail = -2;

    /// <summary>The record between groups (<see cref="Mark"/>).</summary>
    internal const int MarkRecord = -1;

    public void Mark() => WriteInt(_file, MarkRecord);

    public void Replay(ISpliceFill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        rows.Flush(); // what the table's own writer wrote (the header) comes first
        _file.Position = 0;
        using var gaps = new GapCells(writerOver, gapAt);
        var output = new BufferedStream(destination, 64 * 1024);
        var spool = new SpoolWindow(_file);
        while (spool.TryInt(out var kind))
        {
            if (kind == Tail)
            {
                output.Write(spool.Take(spool.Int()));
                continue;
            }

            if (kind == MarkRecord)
            {
                gaps.Clear();
                fill.NextGroup();
                continue;
            }

            var key = MemoryMarshal.Cast<byte, char>(spool.Take(checked(spool.Int() * sizeof(char))));
            var cells = gaps.Of(kind, key, fill);
            output.Write(spool.Take(spool.Int()));
            output.Write(cells);
        }

        output.Flush(); // not disposed: that would close the destination
        destination.Flush();
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Writes a record's int32, little-endian.</summary>
    internal static void WriteInt(Stream stream, int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }
}
