namespace EntityExtract.Input.Documents;

/// <summary>
/// Reads an archive member and refuses to go past <see cref="DocumentLimits.MaxMemberBytes"/>
/// of inflated data: the declared size of a zip entry is the bomb's own claim, so what is
/// counted is what actually comes out of the decompressor.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit, string member) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        if (_read > limit)
        {
            throw new DocumentFault($"{member} expands past {limit / (1024 * 1024)} MiB (a zip bomb?); not read");
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
