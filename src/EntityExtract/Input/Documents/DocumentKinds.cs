namespace EntityExtract.Input.Documents;

/// <summary>
/// Which files are documents (read through a format's library) rather than plain text. The
/// extension decides, as it does for the user who picks the files: a <c>.pdf</c> found by the
/// walk or named on the command line is read as a PDF, whatever else it may hold.
/// </summary>
public static class DocumentKinds
{
    /// <summary>The walk's default patterns for documents, beside plain text and Markdown.</summary>
    public static readonly IReadOnlyList<string> DefaultInclude =
        ["**/*.pdf", "**/*.docx", "**/*.odt", "**/*.html", "**/*.htm", "**/*.eml"];

    /// <summary>The kind of document <paramref name="path"/> names, or null for plain text (and stdin).</summary>
    public static DocumentKind? Of(string path)
    {
        var extension = Path.GetExtension(path.AsSpan());
        return extension switch
        {
            _ when extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase) => DocumentKind.Pdf,
            _ when extension.Equals(".docx", StringComparison.OrdinalIgnoreCase) => DocumentKind.Docx,
            _ when extension.Equals(".odt", StringComparison.OrdinalIgnoreCase) => DocumentKind.Odt,
            _ when extension.Equals(".html", StringComparison.OrdinalIgnoreCase) => DocumentKind.Html,
            _ when extension.Equals(".htm", StringComparison.OrdinalIgnoreCase) => DocumentKind.Html,
            _ when extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase) => DocumentKind.Html,
            _ when extension.Equals(".eml", StringComparison.OrdinalIgnoreCase) => DocumentKind.Eml,
            _ => null,
        };
    }

    /// <summary>The kind of <paramref name="file"/>; stdin is always plain text.</summary>
    public static DocumentKind? Of(InputFile file) => file.IsStdin ? null : Of(file.DisplayPath);

    /// <summary>How a message names the kind ("PDF", "Word document").</summary>
    public static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => "PDF",
        DocumentKind.Docx => "Word document",
        DocumentKind.Odt => "OpenDocument text",
        DocumentKind.Html => "web page",
        _ => "e-mail message",
    };
}
