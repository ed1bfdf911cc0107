using EntityExtract.Input;

namespace EntityExtract.Cli.Terminal;

/// <summary>
/// Where rows go. Standard output is written through a <see cref="FileStream"/> over handle 1
/// rather than <see cref="Console.Out"/>, because .NET's console stream silently swallows a
/// broken pipe while a file stream raises <see cref="IOException"/>, which lets
/// <c>entity-extract extract docs | head</c> end quietly. A named regular file is written to a
/// temporary file beside it, which takes the old file's permissions and is renamed into place
/// only on success, so a failed or interrupted run never leaves half a file where a good one
/// stood. A symbolic link is followed and its target replaced; a device or FIFO is written
/// through, since renaming over it would destroy it.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private const int BufferBytes = 64 * 1024;

    /// <summary>errno EPIPE, which .NET keeps in <see cref="Exception.HResult"/> (32 on Linux and macOS).</summary>
    private const int BrokenPipe = 32;

    private readonly string? _path;
    private readonly string? _temporaryPath;
    private readonly string? _finalPath;
    private bool _committed;

    private OutputTarget(Stream stream, string? path, string? temporaryPath, string? finalPath)
    {
        Stream = stream;
        _path = path;
        _temporaryPath = temporaryPath;
        _finalPath = finalPath;
        if (temporaryPath is not null)
        {
            Interrupts.Process.Register(temporaryPath);
        }
    }

    public Stream Stream { get; }

    /// <summary>Opens stdout (for null or <c>-</c>) or the named file; a path that cannot be written is a usage error.</summary>
    public static OutputTarget Open(string? path)
    {
        if (path is null || path == "-")
        {
            StandardStreams.EnsureOutputOpen();
            return new OutputTarget(new BufferedStream(OpenStdout(), BufferBytes), null, null, null);
        }

        if (path.Length == 0)
        {
            throw new UsageException("-o: the file name is empty");
        }

        var full = FinalTarget(path);
        var kind = FileKinds.Of(full);
        switch (kind)
        {
            case FileKind.Folder:
                throw new UsageException($"{path}: is a folder");
            case FileKind.Socket:
                throw new UsageException($"{path}: is a socket; -o writes to a file, a device or a FIFO");
            case FileKind.Fifo or FileKind.CharacterDevice or FileKind.BlockDevice:
                return new OutputTarget(new BufferedStream(OpenDevice(path, full), BufferBytes), path, null, null);
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{path}: the output folder does not exist");
        }

        var temporary = TemporaryName.Beside(full);
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, BufferBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot write in {folder} ({Reason(e)})");
        }

        return new OutputTarget(stream, path, temporary, full);
    }

    /// <summary>
    /// Flushes and, for a named regular file, moves it into place with the old file's permissions.
    /// An interrupted run commits nothing.
    /// </summary>
    public void Commit()
    {
        if (_temporaryPath is null)
        {
            Stream.Flush();
            _committed = true;
            return;
        }

        ((FileStream)Stream).Flush(flushToDisk: true);
        Stream.Dispose();
        KeepMode(_finalPath!, _temporaryPath);
        Interrupts.Process.Commit(() => RawPaths.Move(_temporaryPath, _finalPath!));
        Interrupts.Process.Unregister(_temporaryPath);
        _committed = true;
    }

    /// <summary>
    /// What a failed write means: a reader that closed stdout (EPIPE, as with <c>| head</c>) is a
    /// quiet success; anything else (a full disk, an I/O error, a closed descriptor) is exit 1
    /// with one line, and a named file keeps its previous contents.
    /// </summary>
    public int Failed(IOException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (_path is null && e.HResult == BrokenPipe)
        {
            return ExitCodes.Success;
        }

        Stderr.ForPath(_path ?? "standard output", $"cannot write ({e.Message})");
        return ExitCodes.SomeFilesFailed;
    }

    public void Dispose()
    {
        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // a closed pipe at the very end changes nothing already written; other failures were reported
        }

        if (!_committed && _temporaryPath is not null)
        {
            File.Delete(_temporaryPath);
            Interrupts.Process.Unregister(_temporaryPath);
        }
    }

    /// <summary>
    /// A redirect to a regular file is seekable, and a <see cref="FileStream"/> would write at its
    /// own idea of the position instead of the descriptor's (wrong after <c>&gt;&gt;</c> or when a
    /// script shares the file); such a target cannot break like a pipe, so the console stream is
    /// right for it. It raises every other write error (a full disk) as <see cref="IOException"/>.
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

    /// <summary>The file a path finally names: links followed, so the link stays and its target is replaced.</summary>
    private static string FinalTarget(string path)
    {
        var full = Path.GetFullPath(path);
        if (RawPaths.HasRawBytes(full))
        {
            return full; // a name that is not UTF-8: written by its bytes, as a new or replaced file
        }

        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return full; // a new file; a missing folder is reported next
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot follow the link ({Reason(e)})");
        }
    }

    /// <summary>A device or FIFO is written in place: it is not truncated, replaced or removed.</summary>
    private static FileStream OpenDevice(string path, string full)
    {
        try
        {
            return new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot write ({Reason(e)})");
        }
    }

    /// <summary>The replacement keeps the permissions of the file it replaces (a new file gets the umask's).</summary>
    private static void KeepMode(string finalPath, string temporaryPath)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(finalPath))
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(temporaryPath, File.GetUnixFileMode(finalPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the old file vanished meanwhile: the new one keeps the default permissions
        }
    }

    private static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;
}
