namespace EntityExtract.Input;

/// <summary>
/// A read-only stream over a pipe, stdin or device whose reads give up when a token fires. A
/// blocked <c>read</c> on a pipe does not see a cancellation token, so <c>sleep 60 | entity-extract -</c>
/// could not be interrupted; here each read runs on the thread pool and the caller waits for it
/// or for the token, whichever comes first. A read given up on is left to finish on its own
/// (the process is ending), which is why it reads into this stream's own block and never into
/// the caller's buffer, which may be rented and handed to someone else.
/// </summary>
public sealed class CancellableStream : Stream
{
    /// <summary>The most one read asks of the inner stream (a pipe rarely holds more).</summary>
    private const int BlockBytes = 64 * 1024;

    private readonly Stream _inner;
    private readonly bool _ownsInner;
    private readonly CancellationToken _cancellation;
    private readonly byte[] _block = new byte[BlockBytes];
    private bool _abandoned;

    private CancellableStream(Stream inner, bool ownsInner, CancellationToken cancellation)
    {
        _inner = inner;
        _ownsInner = ownsInner;
        _cancellation = cancellation;
    }

    /// <summary>
    /// <paramref name="inner"/> itself when it cannot block (a seekable file) or nothing can
    /// cancel it; otherwise a wrapper that does not dispose it.
    /// </summary>
    public static Stream Over(Stream inner, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return inner.CanSeek || !cancellation.CanBeCanceled ? inner : new CancellableStream(inner, ownsInner: false, cancellation);
    }

    /// <summary>
    /// Opens a FIFO or device for reading. Opening a FIFO waits for a writer, so the open too
    /// gives up when <paramref name="cancellation"/> fires.
    /// </summary>
    /// <exception cref="OperationCanceledException">When the token fires first.</exception>
    public static Stream Open(string path, CancellationToken cancellation)
    {
        var open = Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0));
        Wait(open, cancellation);
        return new CancellableStream(open.GetAwaiter().GetResult(), ownsInner: true, cancellation);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_abandoned)
        {
            throw new OperationCanceledException(_cancellation);
        }

        _cancellation.ThrowIfCancellationRequested();
        var count = Math.Min(buffer.Length, _block.Length);
        if (count == 0)
        {
            return 0;
        }

        var read = Task.Run(() => _inner.Read(_block, 0, count));
        try
        {
            Wait(read, _cancellation);
        }
        catch (OperationCanceledException)
        {
            _abandoned = true;
            throw;
        }

        var length = read.GetAwaiter().GetResult();
        _block.AsSpan(0, length).CopyTo(buffer);
        return length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsInner)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Waits for <paramref name="task"/> or the token; the task's own failure is left for the caller to rethrow.</summary>
    private static void Wait(Task task, CancellationToken cancellation)
    {
        try
        {
            task.Wait(cancellation);
        }
        catch (AggregateException)
        {
            // rethrown unwrapped by GetResult
        }
    }
}
