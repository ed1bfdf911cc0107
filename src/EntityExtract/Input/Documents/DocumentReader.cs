using EntityExtract.Text.Positions;

namespace EntityExtract.Input.Documents;

/// <summary>
/// Reads a document (PDF, Word, OpenDocument, HTML, e-mail) as text: the format's library gives
/// the text whole, which is then cut into pieces like a large text file's, with positions into
/// that text (<c>entity-extract text FILE</c> prints it). A document that cannot be read is one
/// problem naming the reason; the run goes on.
/// </summary>
public static class DocumentReader
{
    public static IEnumerable<PieceOutcome> Read(InputFile file, DocumentKind kind, Stream? stdin, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(file);
        var extracted = Extract(file, kind, stdin, cancellation);
        if (extracted.Problem is not null)
        {
            yield return new PieceOutcome(null, extracted.Problem);
            yield break;
        }

        var text = extracted.Text!;
        var origin = TextOrigin.Start;
        var index = 0;
        var at = 0;
        do
        {
            cancellation.ThrowIfCancellationRequested();
            var rest = text.AsSpan(at);
            var length = rest.Length <= InputLimits.PieceChars ? rest.Length : CutPoint.Find(rest[..InputLimits.PieceChars]);
            var piece = text.Substring(at, length);
            at += length;
            var isLast = at == text.Length;
            yield return new PieceOutcome(
                new TextPiece(file, index, isLast, piece, origin, index == 0 ? extracted.Bytes : 0)
                {
                    Warning = index == 0 ? extracted.Warning : null,
                    Pages = extracted.Pages,
                },
                null);
            origin = origin.Advance(piece);
            index++;
        }
        while (at < text.Length);
    }

    /// <summary>The text of one document, or the problem that stopped it.</summary>
    public static Extracted Extract(InputFile file, DocumentKind kind, Stream? stdin, CancellationToken cancellation)
    {
        var opened = InputStreams.Open(file, stdin, cancellation);
        if (opened.Stream is not { } stream)
        {
            return new Extracted(null, null, null, 0, opened.Problem);
        }

        try
        {
            return ExtractFrom(file, kind, stream, cancellation);
        }
        catch (Exception e) when (ProblemReasons.IsInputFailure(e))
        {
            return Failed(file, InputReader.ReasonFor(file, e));
        }
        finally
        {
            if (opened.Owned)
            {
                stream.Dispose();
            }
        }
    }

    private static Extracted ExtractFrom(InputFile file, DocumentKind kind, Stream stream, CancellationToken cancellation)
    {
        using var seekable = Seekable(stream);
        if (seekable is null)
        {
            return Failed(file, $"document too large (over {DocumentLimits.MaxFileBytes / (1024 * 1024)} MiB)");
        }

        var bytes = seekable.Length;
        if (Signatures.Mismatch(kind, seekable) is { } mismatch)
        {
            return Failed(file, mismatch);
        }

        var sink = new TextSink();
        string? warning;
        try
        {
            warning = kind switch
            {
                DocumentKind.Pdf => PdfText.Extract(seekable, sink, cancellation),
                DocumentKind.Docx => Run(DocxText.Extract, seekable, sink),
                DocumentKind.Odt => Run(OdtText.Extract, seekable, sink),
                DocumentKind.Html => Run(HtmlText.Extract, seekable, sink),
                _ => Run(EmlText.Extract, seekable, sink),
            };
        }
        catch (TextSink.Full)
        {
            warning = $"text cut at {DocumentLimits.MaxTextChars} characters; the rest is not read";
        }
        catch (DocumentFault fault)
        {
            return Failed(file, fault.Message);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException) && !ProblemReasons.IsInputFailure(e))
        {
            // Parsers of hostile files fail in many ways (index out of range, invalid data, null
            // references deep inside); each is this one file's fault, never the run's.
            return Failed(file, $"corrupt or unreadable {DocumentKinds.Describe(kind)} ({e.GetType().Name}: {e.Message})");
        }

        return new Extracted(sink.ToString(), sink.Pages(), warning, bytes, null);
    }

    private static string? Run(Action<Stream, TextSink> extract, Stream stream, TextSink sink)
    {
        extract(stream, sink);
        return null;
    }

    /// <summary>
    /// The document as a seekable stream (zip archives and PDFs are read from the end), or null
    /// when it is over <see cref="DocumentLimits.MaxFileBytes"/>. A regular file is used as it
    /// is; a pipe is copied into memory, up to the limit. Disposing
    /// either is the caller's disposing of the file, done twice.
    /// </summary>
    private static Stream? Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream.Length - stream.Position > DocumentLimits.MaxFileBytes ? null : stream;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (copy.Length + read > DocumentLimits.MaxFileBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private static Extracted Failed(InputFile file, string reason) => new(null, null, null, 0, new InputProblem(file.DisplayPath, reason));

    /// <summary>A document's text, the pages of a PDF, a warning, and the file's size; or the problem.</summary>
    public sealed record Extracted(string? Text, PageMap? Pages, string? Warning, long Bytes, InputProblem? Problem);
}
