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

    public void Mark() => WriteInt(_file, -1);

    public void Replay(ISpliceFill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        rows.Flush(); // what the table's own writer wrote (the header) comes first
        _file.Position = 0;
        using var gaps = new GapCells(writerOver, gapAt);
        var output = new BufferedStream(destination, 64 * 1024);
        var bytes = new byte[4096];
        var key = new char[64];
        while (TryReadInt(out var kind))
        {
            if (kind < 0)
            {
                gaps.Clear();
                fill.NextGroup();
                continue;
            }

            var keyLength = ReadInt();
            if (key.Length < keyLength)
            {
                key = new char[Math.Max(keyLength, key.Length * 2)];
            }

            _file.ReadExactly(MemoryMarshal.AsBytes(key.AsSpan(0, keyLength)));
            Copy(output, ref bytes);
            output.Write(gaps.Of(kind, key.AsSpan(0, keyLength), fill));
            Copy(output, ref bytes);
        }

        output.Flush(); // not disposed: that would close the destination
        destination.Flush();
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Copies a length-prefixed run of bytes from the spool to the output.</summary>
    private void Copy(Stream output, ref byte[] bytes)
    {
        var length = ReadInt();
        if (bytes.Length < length)
        {
            bytes = new byte[Math.Max(length, bytes.Length * 2)];
        }

        _file.ReadExactly(bytes, 0, length);
        output.Write(bytes, 0, length);
    }

    private int ReadInt() => TryReadInt(out var value) ? value : throw new InvalidDataException("spooled rows are cut short");

    /// <summary>Reads the next int; false at the spool's end.</summary>
    private bool TryReadInt(out int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        var read = _file.ReadAtLeast(bytes, sizeof(int), throwOnEndOfStream: false);
        if (read == 0)
        {
            value = 0;
            return false;
        }

        if (read < sizeof(int))
        {
            throw new InvalidDataException("spooled rows are cut short");
        }

        value = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        return true;
    }

    private static void WriteInt(Stream stream, int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }
}
