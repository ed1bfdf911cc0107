using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace EntityExtract.Input.Documents;

/// <summary>
/// A PDF's text layer through PdfPig, page by page in content order, lines of a paragraph joined
/// by spaces (each page a paragraph of its own; the page where each begins is kept for the <c>page</c> column). Pages are parsed one
/// at a time and dropped, so memory holds the file, one page and the text so far. A PDF with
/// pages but no text (a scan) gives a warning rather than silence.
/// </summary>
internal static class PdfText
{
    /// <summary>A gap between lines larger than the line spacing is a paragraph end, kept as a blank line (a headline then ends its sentence).</summary>
    private static readonly ContentOrderTextExtractor.Options Layout = new() { SeparateParagraphsWithDoubleNewline = true };

    public static string? Extract(Stream stream, TextSink sink, CancellationToken cancellation)
    {
        using var document = Open(stream);
        var pages = document.NumberOfPages;
        var read = Math.Min(pages, DocumentLimits.MaxPdfPages);
        for (var number = 1; number <= read; number++)
        {
            cancellation.ThrowIfCancellationRequested(); // a long PDF must not keep Ctrl-C waiting
            sink.StartPage();
            var page = document.GetPage(number);
            sink.Append(ContentOrderTextExtractor.GetText(page, Layout), collapse: false, joinLines: true);
        }

        if (pages > 0 && sink.Length == 0)
        {
            return $"no text layer in {pages} page{(pages == 1 ? "" : "s")} (a scan or images?); nothing to tag";
        }

        return read < pages ? $"only the first {read} of {pages} pages read" : null;
    }

    private static PdfDocument Open(Stream stream)
    {
        try
        {
            return PdfDocument.Open(stream, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentFault("encrypted PDF (password protected); not read");
        }
        catch (PdfDocumentFormatException e)
        {
            throw new DocumentFault($"corrupt or truncated PDF ({e.Message})");
        }
    }
}
