using System.Buffers;

namespace EntityExtract.Input.Records;

/// <summary>
/// Splits a byte stream into lines without ever holding more than one line (up to a limit) and
/// one read block: the buffer is rented from the pool and grows only as far as the longest line
/// kept. A line over the limit is passed over to its end and reported as too long.
/// </summary>
internal sealed class LineReader(Stream stream, int maxLineBytes) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(RecordLimits.BlockBytes);
    private int _start;
    private int _end;
    private int _scanned;
    private bool _ended;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// The next line without its line end (LF or CR LF), or false at the end of the stream.
    /// <paramref name="line"/> is valid only until the next call. <paramref name="tooLong"/> is
    /// true, with an empty line, when the line was longer than the limit.
    /// </summary>
    public bool Next(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = _scanned + newline;
                line = Trim(_buffer.AsSpan(_start, lineEnd - _start));
                tooLong |= line.Length > maxLineBytes; // exact: the limit itself is kept, one byte more is not
                line = tooLong ? default : line;
                _start = _scanned = lineEnd + 1;
                LineNumber++;
                return true;
            }

            _scanned = _end;

            // One byte of slack for the CR of a CR LF whose LF has not been read yet.
            if (_end - _start > maxLineBytes + 1)
            {
                tooLong = true; // drop what is held and go on to the line's end
                _start = _scanned = _end = 0;
            }

            if (_ended)
            {
                line = Trim(_buffer.AsSpan(_start, _end - _start));
                tooLong |= line.Length > maxLineBytes;
                line = tooLong ? default : line;
                var any = tooLong || _end > _start;
                _start = _scanned = _end;
                LineNumber += any ? 1 : 0;
                return any;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }

        if (_buffer.Length - _end < RecordLimits.BlockBytes / 2)
        {
            // Never more than the longest line kept, its CR, and a block to find its end in.
            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, (long)maxLineBytes + 2 + RecordLimits.BlockBytes));
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _ended = read == 0;
        _end += read;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
