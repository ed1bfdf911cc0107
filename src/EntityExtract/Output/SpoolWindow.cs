using System.Buffers.Binary;

namespace EntityExtract.Output;

/// <summary>
/// Reads a spool's records (<see cref="TextRowSpool"/>) through one large buffer: a record's parts
/// are spans of that buffer, so replay copies each row's bytes once, and asks the file for more
/// only when a record runs past the buffer's end.
/// </summary>
internal sealed class SpoolWindow(Stream file)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next int; false at the spool's end.</summary>
    public bool TryInt(out int value)
    {
        if (!Fill(sizeof(int)))
        {
            if (_end > _start)
            {
                throw new InvalidDataException("spooled rows are cut short");
            }

            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start));
        _start += sizeof(int);
        return true;
    }

    public int Int() => TryInt(out var value) ? value : throw new InvalidDataException("spooled rows are cut short");

    /// <summary>The next <paramref name="length"/> bytes; valid until the next read.</summary>
    public ReadOnlySpan<byte> Take(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (!Fill(length))
        {
            throw new InvalidDataException("spooled rows are cut short");
        }

        var bytes = _buffer.AsSpan(_start, length);
        _start += length;
        return bytes;
    }

    /// <summary>Makes <paramref name="length"/> bytes ready from <c>_start</c>; false where the file ends first.</summary>
    private bool Fill(int length)
    {
        if (_end - _start >= length)
        {
            return true;
        }

        // Keep what is left at the front; a record longer than the buffer grows it.
        var left = _end - _start;
        if (_buffer.Length < length)
        {
            var larger = new byte[Math.Max(length, _buffer.Length * 2)];
            _buffer.AsSpan(_start, left).CopyTo(larger);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan(_start, left).CopyTo(_buffer);
        }

        (_start, _end) = (0, left);
        while (_end < length)
        {
            var read = file.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                return false;
            }

            _end += read;
        }

        return true;
    }
}
