using System.Runtime.InteropServices;
using System.Text;

namespace EntityExtract.Output;

/// <summary>
/// Rows held back to be written later with cells only known at the end of a run (the corpus-wide
/// entity of each mention): each cell is kept as what it is (text, count, score), not as output
/// bytes, so it is written later in any format exactly as it would have been at once.
/// </summary>
public static class RowSpool
{
    internal const byte TextCell = 1;
    internal const byte NumberCell = 2;
    internal const byte ScoreCell = 3;
    internal const byte RowEnd = 4;

    /// <summary>A mark a table writes between rows (a new file begins).</summary>
    internal const byte Mark = 5;

    /// <summary>A row's gap (<see cref="ISplicingWriter.Splice"/>): its kind (int32), then its key as a text cell's.</summary>
    internal const byte GapCell = 6;

    /// <summary>
    /// A temporary file for spooled rows, removed when closed; on Unix removed at once (the open
    /// handle keeps it), so that an interrupted run leaves nothing behind.
    /// </summary>
    public static FileStream CreateTemporary()
    {
        var path = Path.Combine(Path.GetTempPath(), "entity-extract-" + Guid.NewGuid().ToString("N") + ".spool");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, 1 << 20, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }

        return stream;
    }

    /// <summary>Writes a string as its UTF-16 units, so that any string (a lone surrogate too) comes back the same.</summary>
    public static void WriteString(BinaryWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.Write(value.Length);
        writer.Write(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    /// <summary>Reads a string written by <see cref="WriteString"/>.</summary>
    public static string ReadString(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var length = reader.ReadInt32();
        return string.Create(length, reader, static (chars, r) => r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(chars)));
    }

    /// <summary>Writes a mark between rows.</summary>
    public static void WriteMark(Stream spool)
    {
        ArgumentNullException.ThrowIfNull(spool);
        spool.WriteByte(Mark);
    }
}

/// <summary>An <see cref="ITableWriter"/> that keeps cells for <see cref="RowSpoolReader"/> to replay.</summary>
public sealed class RowSpoolWriter(Stream destination) : ISplicingWriter
{
    private readonly BinaryWriter _writer = new(destination, Encoding.UTF8, leaveOpen: true);

    public void Text(ReadOnlySpan<char> value)
    {
        _writer.Write(RowSpool.TextCell);
        WriteChars(value);
    }

    public void Splice(int kind, ReadOnlySpan<char> key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kind);
        _writer.Write(RowSpool.GapCell);
        _writer.Write(kind);
        WriteChars(key);
    }

    private void WriteChars(ReadOnlySpan<char> value)
    {
        _writer.Write(value.Length);
        _writer.Write(MemoryMarshal.AsBytes(value)); // UTF-16 as it is: no decoding to go wrong
    }

    public void Number(long value)
    {
        _writer.Write(RowSpool.NumberCell);
        _writer.Write(value);
    }

    public void Score(float value)
    {
        _writer.Write(RowSpool.ScoreCell);
        _writer.Write(value);
    }

    public void EndRow() => _writer.Write(RowSpool.RowEnd);

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}

/// <summary>One cell read back from a spool; a gap's kind is its <see cref="Number"/> and its key its <see cref="Text"/>.</summary>
public readonly record struct SpooledCell(byte Kind, string? Text, long Number, float Score)
{
    public bool IsGap => Kind == RowSpool.GapCell;

    public void WriteTo(ITableWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (Kind)
        {
            case RowSpool.TextCell:
                output.Text(Text);
                break;
            case RowSpool.NumberCell:
                output.Number(Number);
                break;
            default:
                output.Score(Score);
                break;
        }
    }
}

/// <summary>Reads a spool written by <see cref="RowSpoolWriter"/> (and <see cref="RowSpool.WriteMark"/>) from its start.</summary>
public sealed class RowSpoolReader(Stream source) : IDisposable
{
    private readonly BinaryReader _reader = new(source, Encoding.UTF8, leaveOpen: true);
    private byte[] _bytes = new byte[512];

    /// <summary>The last text read in each cell of a row: a file's path, a type or a name repeats row after row, and is reused, not made again.</summary>
    private string[] _last = new string[16];

    /// <summary>
    /// Reads the next row's cells into <paramref name="cells"/>; false at the end. A mark comes
    /// back as a row of no cells with <paramref name="mark"/> set.
    /// </summary>
    public bool Next(List<SpooledCell> cells, out bool mark)
    {
        ArgumentNullException.ThrowIfNull(cells);
        cells.Clear();
        mark = false;
        while (true)
        {
            var kind = _reader.BaseStream.ReadByte();
            switch (kind)
            {
                case -1:
                    return false;
                case RowSpool.Mark:
                    mark = true;
                    return true;
                case RowSpool.RowEnd:
                    return true;
                case RowSpool.TextCell:
                    cells.Add(new SpooledCell(RowSpool.TextCell, ReadText(cells.Count), 0, 0));
                    break;
                case RowSpool.GapCell:
                    var gapKind = _reader.ReadInt32();
                    cells.Add(new SpooledCell(RowSpool.GapCell, ReadText(cells.Count), gapKind, 0));
                    break;
                case RowSpool.NumberCell:
                    cells.Add(new SpooledCell(RowSpool.NumberCell, null, _reader.ReadInt64(), 0));
                    break;
                case RowSpool.ScoreCell:
                    cells.Add(new SpooledCell(RowSpool.ScoreCell, null, 0, _reader.ReadSingle()));
                    break;
                default:
                    throw new InvalidDataException($"spooled rows are damaged (cell kind {kind})");
            }
        }
    }

    private string ReadText(int cell)
    {
        var bytes = _reader.ReadInt32() * sizeof(char);
        if (_bytes.Length < bytes)
        {
            _bytes = new byte[Math.Max(bytes, _bytes.Length * 2)];
        }

        _reader.BaseStream.ReadExactly(_bytes, 0, bytes);
        return Text(cell, MemoryMarshal.Cast<byte, char>(_bytes.AsSpan(0, bytes)));
    }

    private string Text(int cell, ReadOnlySpan<char> chars)
    {
        if (cell >= _last.Length)
        {
            Array.Resize(ref _last, cell * 2);
        }

        var last = _last[cell];
        return last is not null && chars.SequenceEqual(last) ? last : (_last[cell] = new string(chars));
    }

    public void Dispose() => _reader.Dispose();
}
