using System.Text;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// A text writer over stderr that never throws: a failed write (ENOSPC, EIO, EBADF) is noted in
/// <see cref="Failed"/> and later writes are dropped, so a diagnostic that cannot be shown never
/// stops the rows on stdout. Writes are serialized, as <see cref="Console.Error"/>'s are.
/// </summary>
internal sealed class FailSafeWriter(TextWriter inner) : TextWriter
{
    private readonly object _gate = new();
    private volatile bool _failed;

    public bool Failed => _failed;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        lock (_gate)
        {
            if (_failed)
            {
                return;
            }

            try
            {
                write();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                _failed = true;
            }
        }
    }
}
