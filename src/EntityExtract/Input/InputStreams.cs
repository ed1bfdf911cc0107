namespace EntityExtract.Input;

/// <summary>
/// Opens an input file (or stdin) for streaming, the one way both text and JSON Lines sources do.
/// A regular file opens as before. A FIFO, socket or device found by walking a folder is not
/// opened at all (a FIFO would block the run until some writer came, a device may never end);
/// one named on the command line is read, but through <see cref="CancellableStream"/>, as stdin
/// is, so that Ctrl-C or SIGTERM is not kept waiting by a read or an open that blocks.
/// </summary>
internal static class InputStreams
{
    /// <summary>The stream and whether the caller disposes it, or the problem that stopped it.</summary>
    public readonly record struct Opened(Stream? Stream, bool Owned, InputProblem? Problem);

    /// <exception cref="OperationCanceledException">When the token fires while opening a FIFO.</exception>
    public static Opened Open(InputFile file, Stream? stdin, CancellationToken cancellation)
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
            if (!FileKinds.IsSpecial(kind))
            {
                return new Opened(InputReader.Open(file), true, null);
            }

            if (!file.IsExplicit)
            {
                return Failed(file, $"is {FileKinds.Describe(kind)}; skipped (folders are read for regular files only; name it to read it)");
            }

            return kind == FileKind.Socket
                ? Failed(file, $"is {FileKinds.Describe(kind)}; cannot read it")
                : new Opened(CancellableStream.Open(path, cancellation), true, null);
        }
        catch (Exception e) when (ProblemReasons.IsInputFailure(e))
        {
            return Failed(file, InputReader.ReasonFor(file, e));
        }
    }

    private static Opened Failed(InputFile file, string reason) => new(null, false, new InputProblem(file.DisplayPath, reason));
}
