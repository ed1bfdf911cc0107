using System.Buffers;

namespace EntityExtract.Input;

/// <summary>Reads a whole stream into a pooled buffer, refusing to go past a size limit.</summary>
internal static class BoundedRead
{
    /// <summary>First buffer for streams that cannot say their length (pipes, stdin).</summary>
    private const int UnknownLengthStartBytes = 64 * 1024;

    /// <summary>
    /// Reads <paramref name="stream"/> to its end into <paramref name="buffer"/>, rented from
    /// the shared pool (the caller returns it). Returns the number of bytes read, or -1 when
    /// the stream holds more than <paramref name="limit"/> bytes.
    /// </summary>
    public static int ReadAll(Stream stream, long limit, ref byte[]? buffer)
    {
        // A seekable stream's length is only a hint: the file may grow or shrink while read,
        // and special files report 0. One spare byte lets the loop see the end without growing.
        long hint = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : UnknownLengthStartBytes;
        if (hint > limit)
        {
            return -1;
        }

        buffer = ArrayPool<byte>.Shared.Rent((int)hint + 1);
        int length = 0;
        while (true)
        {
            if (length == buffer.Length && !Grow(ref buffer, length, limit))
            {
                return -1;
            }

            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                // The pool may hand out a larger array than asked for, so check the limit here too.
                return length > limit ? -1 : length;
            }

            length += read;
        }
    }

    /// <summary>Doubles the buffer, up to one byte past the limit so "too large" can be seen.</summary>
    private static bool Grow(ref byte[] buffer, int length, long limit)
    {
        if (length > limit)
        {
            return false;
        }

        long wanted = Math.Min((long)buffer.Length * 2, limit + 1);
        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(wanted, Array.MaxLength));
        buffer.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = bigger;
        return true;
    }
}
