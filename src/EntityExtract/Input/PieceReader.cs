namespace EntityExtract.Input;

/// <summary>
/// Reads a file (or stdin) as a sequence of <see cref="TextPiece"/>s, so memory stays bounded
/// however large the input: a file up to <see cref="InputLimits.PieceBytes"/> is one piece; a
/// larger one is decoded as a stream and cut at paragraph boundaries (else line breaks, else
/// spaces). Problems come back as values, never as exceptions, and the file's pieces read
/// before a failure are kept.
/// </summary>
public static partial class PieceReader
{
    public static IEnumerable<PieceOutcome> Read(InputFile file, Stream? stdin = null) =>
        Read(file, stdin, CancellationToken.None);

    /// <summary>
    /// Like <see cref="Read(InputFile, Stream?)"/>; reads from stdin, a FIFO or a device give up
    /// with <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires.
    /// </summary>
    public static IEnumerable<PieceOutcome> Read(InputFile file, Stream? stdin, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(file);
        var opened = InputStreams.Open(file, stdin, cancellation);
        if (opened.Stream is not { } stream)
        {
            yield return new PieceOutcome(null, opened.Problem);
            yield break;
        }

        try
        {
            using var pieces = new Pieces(file, stream);
            while (true)
            {
                PieceOutcome next;
                try
                {
                    next = pieces.Next();
                }
                catch (Exception e) when (ProblemReasons.IsInputFailure(e))
                {
                    next = new PieceOutcome(null, new InputProblem(file.DisplayPath, InputReader.ReasonFor(file, e)));
                }

                if (next.Piece is null && next.Problem is null)
                {
                    yield break;
                }

                yield return next;
                if (next.Problem is not null || next.Piece!.IsLast)
                {
                    yield break;
                }
            }
        }
        finally
        {
            if (opened.Owned)
            {
                stream.Dispose();
            }
        }
    }
}
