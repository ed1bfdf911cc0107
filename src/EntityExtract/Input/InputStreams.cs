namespace EntityExtract.Input;

/// <summary>
/// Opens an input file (or stdin) for streaming, the one way both text and JSON Lines sources do.
/// A regular file opens as before. A FIFO, socket or device found by walking a folder is not
/// opened at all (a FIFO would block the run until some writer came, a device may never end);
/// one named on the command line is read, but through <see cref="CancellableStream"/>, as stdin
/// is, so that Ctrl-C or SIGTERM is not kept waiting by a read or an open that blocks.
/// </summary>
public static class InputStreams
{
    /// <summary>The stream and whether the caller disposes it, or the problem that stopped it.</summary>
    internal readonly record struct Opened(Stream? Stream, bool Owned, InputProblem? Problem);

    /// <summary>
    /// Opens a path named by the user (<see cref="InputFile.StdinPath"/> for stdin) as input files
    /// are opened: a FIFO or device, like stdin, through <see cref="CancellableStream"/>. For
    /// readers of other files than text, such as <c>merge</c>'s tables; failures throw.
    /// </summary>
    /// <exception cref="OperationCanceledException">When the token fires while opening a FIFO.</exception>
    public static Stream OpenNamed(string path, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path == InputFile.StdinPath
            ? CancellableStream.Over(Console.OpenStandardInput(), cancellation)
            : OpenKind(path, FileKinds.Of(path), cancellation);
    }

    /// <exception cref="OperationCanceledException">When the token fires while opening a FIFO.</exception>
    internal static Opened Open(InputFile file, Stream? stdin, CancellationToken cancellation)
    {
        try
        {
            if (file.IsStdin)
            {
                var stream = CancellableStream.Over(stdin ?? Console.OpenStandardInput(), cancellation);
                return new Opened(stream, !ReferenceEquals(stream, stdin), null);
            }

            var path = file.FullPath!;
            if (RawNames.HasRawBytes(path))
            {
                return new Opened(RawNames.OpenRead(path), true, null);
            }

            var kind = FileKinds.Of(path);
            if (FileKinds.IsSpecial(kind) && !file.IsExplicit)
            {
                return Failed(file, $"is {FileKinds.Describe(kind)}; skipped (folders are read for regular files only; name it to read it)");
            }

            return kind == FileKind.Socket
                ? Failed(file, $"is {FileKinds.Describe(kind)}; cannot read it")
                : new Opened(OpenKind(path, kind, cancellation), true, null);
        }
        catch (Exception e) when (ProblemReasons.IsInputFailure(e))
        {
            return Failed(file, InputReader.ReasonFor(file, e));
        }
    }

    /// <summary>A regular file as a file; a FIFO or device (which can block) through <see cref="CancellableStream"/>.</summary>
    private static Stream OpenKind(string path, FileKind kind, CancellationToken cancellation) => FileKinds.IsSpecial(kind)
        ? CancellableStream.Open(path, cancellation)
        : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);

    private static Opened Failed(InputFile file, string reason) => new(null, false, new InputProblem(file.DisplayPath, reason));
}
