namespace EntityExtract.Input.Documents;

/// <summary>
/// Limits that keep one hostile document from taking over a run. A document is parsed whole by
/// its library, so unlike plain text it is bounded by size rather than read in pieces; the text it
/// gives is then cut into pieces like any large file's.
/// </summary>
public static class DocumentLimits
{
    /// <summary>
    /// The largest document file read. PDF, HTML and e-mail libraries hold the file in memory
    /// while they parse it; 256 MiB is far beyond a 500-page report (a few MB).
    /// </summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The most bytes one member of a .docx or .odt archive may expand to. A zip bomb (gigabytes
    /// of XML that compress to kilobytes) is refused at this point rather than inflated.
    /// </summary>
    public const long MaxMemberBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The most characters of text taken from one document (64 MB as UTF-16); the rest is left
    /// out with a warning. A 500-page book is about 1.5 million.
    /// </summary>
    public const int MaxTextChars = 32 * 1024 * 1024;

    /// <summary>The most pages read from one PDF; the rest are left out with a warning.</summary>
    public const int MaxPdfPages = 20_000;
}
