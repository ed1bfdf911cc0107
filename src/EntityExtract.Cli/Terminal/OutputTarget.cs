namespace EntityExtract.Cli.Terminal;

/// <summary>
/// Where rows go. Standard output is written through a <see cref="FileStream"/> over handle 1
/// rather than <see cref="Console.Out"/>, because .NET's console stream silently swallows a
/// broken pipe while a file stream raises <see cref="IOException"/>, which lets
/// <c>entity-extract extract docs | head</c> end quietly. A named file is written to a temporary
/// file beside it and renamed into place only on success, so a failed or interrupted run never
/// leaves half a file where a good one stood.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path;
    private readonly string? _temporaryPath;
    private bool _committed;

    private OutputTarget(Stream stream, string? path, string? temporaryPath)
    {
        Stream = stream;
        _path = path;
        _temporaryPath = temporaryPath;
    }

    public Stream Stream { get; }

    public static OutputTarget Open(string? path)
    {
        if (path is null || path == "-")
        {
            return new OutputTarget(new BufferedStream(OpenStdout(), 64 * 1024), null, null);
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{path}: the output folder does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        return new OutputTarget(stream, full, temporary);
    }

    /// <summary>
    /// A redirect to a regular file is seekable, and a <see cref="FileStream"/> would write at its
    /// own idea of the position instead of the descriptor's (wrong after <c>&gt;&gt;</c> or when a
    /// script shares the file); such a target cannot break like a pipe, so the console stream is
    /// right for it.
    /// </summary>
    private static Stream OpenStdout()
    {
        var stdout = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!stdout.CanSeek)
        {
            return stdout;
        }

        stdout.Dispose();
        return Console.OpenStandardOutput();
    }

    /// <summary>Flushes and, for a named file, moves it into place.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_temporaryPath is not null)
        {
            Stream.Dispose();
            File.Move(_temporaryPath, _path!, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // a closed pipe at the very end changes nothing already written
        }

        if (!_committed && _temporaryPath is not null)
        {
            File.Delete(_temporaryPath);
        }
    }
}
